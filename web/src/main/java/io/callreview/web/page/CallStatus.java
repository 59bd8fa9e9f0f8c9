package io.callreview.web.page;

import com.fasterxml.jackson.databind.JsonNode;

/** What a call's status, as scorecard-service answers it, means to the pages. */
public final class CallStatus {

    private static final String SET_ASIDE = "SET_ASIDE";

    private CallStatus() {
    }

    /** Whether an admin set the call aside: it counts nowhere, and is neither reviewed, calibrated nor disputed any more. */
    public static boolean isSetAside(JsonNode call) {
        return SET_ASIDE.equals(call.path("status").asText());
    }
}
