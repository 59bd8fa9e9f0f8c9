package io.callreview.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** The names scorecard-service's roster gives a team's reps (coaching-service knows reps by id only). */
public final class RepNames {

    private RepNames() {
    }

    /** Rep id to name, for the reps of {@code roster} (a team's roster) that have one. */
    public static Map<String, String> of(JsonNode roster) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode rep : roster.path("reps")) {
            if (rep.path("displayName").isTextual() && !rep.path("displayName").asText().isBlank()) {
                names.put(rep.path("repId").asText(), rep.path("displayName").asText());
            }
        }
        return names;
    }
}
