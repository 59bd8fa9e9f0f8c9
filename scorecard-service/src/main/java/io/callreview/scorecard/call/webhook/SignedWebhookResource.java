package io.callreview.scorecard.call.webhook;

import io.callreview.scorecard.call.CallResource;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
 * Calls from any other CRM: the body of POST /api/calls, signed with a shared secret and verified by
 * {@link WebhookVerifier}.
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

    static final WebhookVerifier.Scheme SCHEME = new WebhookVerifier.Scheme(SIGNATURE, SIGNATURE_TIMESTAMP,
            "CALL_WEBHOOK_SECRET", config -> config.generic().secret());

    @Inject
    WebhookVerifier verifier;

    @Inject
    WebhookSenders senders;

    @Inject
    WebhookBudget budget;

    @Inject
    WebhookIngestion webhooks;

    @Inject
    SignedCalls signedCalls;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A call from any other CRM, signed with a shared secret",
            description = "The body is exactly the body of POST /api/calls. X-Signature = hex(HMAC-SHA256(secret, timestamp + \".\" + body))"
                    + " (an optional sha256= prefix is accepted), X-Signature-Timestamp in Unix seconds. X-Event-Id deduplicates"
                    + " deliveries; without it the source and externalId do.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "call", value = CallResource.TEXT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What was done with the event", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "429", description = WebhookBudget.TOO_MANY)
    @APIResponse(responseCode = "413", description = "Transcript over the limit")
    @APIResponse(responseCode = "422", description = "The call type does not exist or has no published scorecard (field callType)")
    public WebhookReceipt signed(byte[] body,
                                 @Parameter(description = "hex HMAC-SHA256") @HeaderParam(SIGNATURE) String signature,
                                 @Parameter(description = "Unix seconds") @HeaderParam(SIGNATURE_TIMESTAMP) String timestamp,
                                 @Parameter(description = "The sender's id of this delivery") @HeaderParam(EVENT_ID) String eventId,
                                 @Context HttpServerRequest request) {
        String presented = signature != null && signature.startsWith("sha256=") ? signature.substring(7) : signature;
        verifier.verify(SCHEME, senders.of(request), presented, timestamp,
                (secret, at) -> hex(hmacSha256(secret, (at + ".").getBytes(UTF_8), body)));
        budget.signed();
        return webhooks.receive(SignedCalls.SOURCE, List.of(signedCalls.parse(body, eventId, EVENT_ID)));
    }
}
