package io.callreview.scorecard.call.webhook;

import io.callreview.scorecard.transcript.Role;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
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

import static io.callreview.scorecard.call.webhook.WebhookSignatures.hmacSha1;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Twilio's recording-status callback, signed with the account's auth token: a completed recording becomes a call
 * that is transcribed in the background, then graded.
 */
@Path("/api/webhooks/twilio")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Webhooks", description = "Signed calls from HubSpot, Zoom and any other CRM")
public class TwilioWebhookResource {

    static final String TWILIO_SIGNATURE = "X-Twilio-Signature";
    static final String TWILIO_EXAMPLE = "AccountSid=AC0123456789abcdef0123456789abcdef&CallSid=CA0123456789abcdef0123456789abcdef"
            + "&RecordingSid=RE0123456789abcdef0123456789abcdef&RecordingStatus=completed&RecordingChannels=2"
            + "&RecordingSource=DialVerb&RecordingDuration=1805&RecordingStartTime=Mon,%2002%20Mar%202026%2015:00:00%20%2B0000"
            + "&RecordingUrl=https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE0123456789abcdef0123456789abcdef";

    /** Twilio sends no timestamp: the freshness check reads when the recording ended, from the signed parameters. */
    static final WebhookVerifier.Scheme SCHEME = new WebhookVerifier.Scheme(TWILIO_SIGNATURE, "RecordingStartTime",
            "TWILIO_AUTH_TOKEN", config -> config.twilio().authToken());

    @Inject
    WebhookConfig config;

    @Inject
    WebhookVerifier verifier;

    @Inject
    WebhookSenders senders;

    @Inject
    WebhookBudget budget;

    @Inject
    WebhookIngestion webhooks;

    @Inject
    TwilioCalls twilio;

    @POST
    @Path("recordings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Twilio recording-status callback: a completed recording becomes a call to transcribe",
            description = "X-Twilio-Signature = base64(HMAC-SHA1(auth token, the full callback URL + every form parameter's"
                    + " name and value, sorted by name)). Twilio sends no timestamp, so a callback whose recording ended more"
                    + " than callreview.webhooks.max-age ago (RecordingStartTime + RecordingDuration) is refused as stale."
                    + " Name the rep in the callback URL, ?agent={Twilio client identity or number}, mapped through"
                    + " /api/integrations/twilio/identities; &topic= picks the call type through the twilio settings (else"
                    + " their default). The call is stored as TRANSCRIBING and its recording (RecordingUrl, a dual-channel"
                    + " recording: channel 0 the rep unless RECORDING_CHANNEL_ROLES says otherwise) is transcribed and graded"
                    + " in the background. Statuses other than completed are acknowledged and ignored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            examples = @ExampleObject(name = "completed recording", value = TWILIO_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What was done with the callback",
            content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "A required parameter is missing or unreadable")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature, or TWILIO_AUTH_TOKEN unset")
    @APIResponse(responseCode = "422", description = "No rep mapped to the agent, no call type, or a recording host not allowlisted")
    @APIResponse(responseCode = "429", description = WebhookBudget.TOO_MANY)
    public WebhookReceipt recording(MultivaluedMap<String, String> form,
                                    @Parameter(description = "base64 HMAC-SHA1") @HeaderParam(TWILIO_SIGNATURE) String signature,
                                    @Parameter(description = "the rep's Twilio identity or number", example = "client:rita")
                                    @QueryParam("agent") String agent,
                                    @Parameter(description = "picks the call type", example = "discovery") @QueryParam("topic") String topic,
                                    @Context UriInfo uri, @Context HttpServerRequest request) {
        String url = PublicUri.of(config, uri);
        verifier.verify(SCHEME, senders.of(request), signature, TwilioCalls.endedAt(form), (token, at) ->
                Base64.getEncoder().encodeToString(hmacSha1(token, TwilioCalls.signedText(url, form).getBytes(UTF_8))));
        budget.twilio();
        String eventId = TwilioCalls.eventId(form);
        if (!TwilioCalls.COMPLETED.equals(form.getFirst("RecordingStatus"))) {
            return new WebhookReceipt(List.of(WebhookIngestion.ignored(eventId)));
        }
        return webhooks.receive(TwilioCalls.SOURCE, List.of(new WebhookIngestion.Inbound(eventId,
                () -> twilio.toCall(form, agent, topic), Role.PROSPECT)));
    }
}
