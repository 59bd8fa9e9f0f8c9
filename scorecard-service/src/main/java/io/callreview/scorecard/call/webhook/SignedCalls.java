package io.callreview.scorecard.call.webhook;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.call.ReservedSources;
import io.callreview.scorecard.support.JsonBody;
import io.callreview.scorecard.transcript.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a delivery of the generic signed webhook into a call: its body is exactly the body of {@code POST /api/calls},
 * checked by the same rules. The sender's event id deduplicates deliveries; without one, the call's source and
 * external id do.
 */
@ApplicationScoped
public class SignedCalls {

    public static final String SOURCE = "signed";

    @Inject
    JsonBody json;

    /** {@code eventId} is the sender's id of the delivery, if it sent one in {@code eventIdHeader}. */
    public WebhookIngestion.Inbound parse(byte[] body, String eventId, String eventIdHeader) {
        CallRequest request = json.read(body, CallRequest.class);
        ReservedSources.refuse(request.source());
        String id = eventId != null && !eventId.isBlank() ? eventId.strip()
                : "call:" + request.source() + ":" + request.externalId();
        if (id.length() > 255) {
            throw ApiException.badRequest(eventIdHeader, "must be at most 255 characters");
        }
        return new WebhookIngestion.Inbound(id, () -> request, Role.UNKNOWN);
    }
}
