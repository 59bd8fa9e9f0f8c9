package io.callreview.scorecard.call;

import io.callreview.platform.problem.ApiException;
import java.util.Locale;
import java.util.Set;

/**
 * Source names that belong to a webhook. A call posted under one of them would share the webhook's
 * (source, externalId) space: it could pre-empt a real HubSpot or Zoom call, or replay one to learn its id.
 */
public final class ReservedSources {

    public static final String HUBSPOT = "hubspot";
    public static final String ZOOM = "zoom";
    public static final String TWILIO = "twilio";
    private static final Set<String> RESERVED = Set.of(HUBSPOT, ZOOM, TWILIO);

    private ReservedSources() {
    }

    public static void refuse(String source) {
        if (source != null && RESERVED.contains(source.strip().toLowerCase(Locale.ROOT))) {
            throw ApiException.unprocessable("source", "'" + source + "' is reserved for the " + source.strip()
                    + " webhook (POST /api/webhooks/" + source.strip().toLowerCase(Locale.ROOT) + "): use another source name");
        }
    }
}
