package io.callreview.scorecard.call.webhook;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The URL a sender called and signed: the request's own, or the same path and query under {@code PUBLIC_BASE_URL}. */
final class PublicUri {

    private PublicUri() {
    }

    static String of(WebhookConfig config, UriInfo uri) {
        URI request = uri.getRequestUri();
        return config.publicBaseUrl().filter(base -> !base.isBlank())
                .map(base -> base.replaceAll("/+$", "") + request.getRawPath()
                        + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()))
                .orElse(request.toString());
    }
}
