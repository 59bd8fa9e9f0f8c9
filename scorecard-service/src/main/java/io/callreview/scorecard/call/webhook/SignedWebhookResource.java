package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.call.CallResource;
import io.callreview.scorecard.transcript.Role;
import io.smallrye.faulttolerance.api.RateLimit;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static io.callreview.scorecard.call.webhook.WebhookSignatures.hex;
import static io.callreview.scorecard.call.webhook.WebhookSignatures.hmacSha256;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Calls from any other CRM: the body of POST /api/calls, signed with a shared secret.
 * No bearer token: the signature over the raw body is the authentication, checked in constant time before
 * anything is read, with a timestamp no more than 5 minutes away (replays). A bad or stale signature answers
 * 401 and stores nothing.
 */
@Path("/api/webhooks/signed")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Webhooks", description = "Signed calls from HubSpot, Zoom and any other CRM")
public class SignedWebhookResource {

    static final String SIGNATURE = "X-Signature";
    static final String SIGNATURE_TIMESTAMP = "X-Signature-Timestamp";
    static final String EVENT_ID = "X-Event-Id";
    static final String GENERIC_SOURCE = "signed";

    static final WebhookVerifier.Scheme SCHEME = new WebhookVerifier.Scheme(SIGNATURE, SIGNATURE_TIMESTAMP, "CALL_WEBHOOK_SECRET");

    @Inject
    WebhookConfig config;

    @Inject
    WebhookVerifier verifier;

    @Inject
    WebhookIngestion webhooks;

    @Inject
    ObjectMapper mapper;

    @Inject
    CallRequests requests;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RateLimit(value = WebhookRateLimit.PER_MINUTE, window = 1, windowUnit = ChronoUnit.MINUTES, type = RateLimitType.ROLLING)
    @Operation(summary = "A call from any other CRM, signed with a shared secret",
            description = "The body is exactly the body of POST /api/calls. X-Signature = hex(HMAC-SHA256(secret, timestamp + \".\" + body))"
                    + " (an optional sha256= prefix is accepted), X-Signature-Timestamp in Unix seconds. X-Event-Id deduplicates"
                    + " deliveries; without it the source and externalId do.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "call", value = CallResource.TEXT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What was done with the event", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "429", description = WebhookRateLimit.TOO_MANY)
    @APIResponse(responseCode = "404", description = "Unknown call type")
    @APIResponse(responseCode = "413", description = "Transcript over the limit")
    @APIResponse(responseCode = "422", description = "The call type has no published scorecard")
    public WebhookReceipt signed(byte[] body,
                                 @Parameter(description = "hex HMAC-SHA256") @HeaderParam(SIGNATURE) String signature,
                                 @Parameter(description = "Unix seconds") @HeaderParam(SIGNATURE_TIMESTAMP) String timestamp,
                                 @Parameter(description = "The sender's id of this delivery") @HeaderParam(EVENT_ID) String eventId) {
        String presented = signature != null && signature.startsWith("sha256=") ? signature.substring(7) : signature;
        verifier.verify(SCHEME, config.generic().secret(), presented, timestamp,
                (secret, at) -> hex(hmacSha256(secret, (at + ".").getBytes(UTF_8), body)));
        CallRequest request;
        try {
            request = mapper.readValue(body, CallRequest.class);
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                throw new jakarta.ws.rs.WebApplicationException(json, 400);
            }
            throw ApiException.badRequest("body", "cannot be read");
        }
        requests.valid(request);
        String id = eventId != null && !eventId.isBlank() ? eventId.strip()
                : "call:" + request.source() + ":" + request.externalId();
        if (id.length() > 255) {
            throw ApiException.badRequest(EVENT_ID, "must be at most 255 characters");
        }
        return webhooks.receive(GENERIC_SOURCE, List.of(new WebhookIngestion.Inbound(id, () -> request, Role.UNKNOWN)));
    }
}
