package io.callreview.scorecard.call.webhook;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
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

import static io.callreview.scorecard.call.webhook.WebhookSignatures.hmacSha256;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * HubSpot call events, signed with HubSpot's request signature v3 and verified by {@link WebhookVerifier}.
 */
@Path("/api/webhooks/hubspot")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Webhooks", description = "Signed calls from HubSpot, Zoom and any other CRM")
public class HubSpotWebhookResource {

    static final String HUBSPOT_SIGNATURE = "X-HubSpot-Signature-v3";
    static final String HUBSPOT_TIMESTAMP = "X-HubSpot-Request-Timestamp";
    static final String HUBSPOT_EXAMPLE = """
            [{"eventId": 100, "portalId": 62515, "subscriptionType": "object.creation", "objectId": 3001,
              "occurredAt": 1772463600000,
              "properties": {"hubspot_owner_id": "31245", "hs_call_title": "Discovery with Acme",
                             "hs_timestamp": "2026-03-02T15:00:00Z", "hs_call_duration": "1800000",
                             "hs_call_recording_url": "https://recordings.example.com/3001.mp3"},
              "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}],
              "transcript": {"format": "text", "content": "Rita Rep: What budget have you set aside?\\nPaul Prospect: About fifty thousand."}}]""";

    static final WebhookVerifier.Scheme SCHEME = new WebhookVerifier.Scheme(HUBSPOT_SIGNATURE, HUBSPOT_TIMESTAMP,
            "HUBSPOT_CLIENT_SECRET", config -> config.hubspot().clientSecret());

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
    HubSpotCalls hubspot;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "HubSpot call events (request signature v3)",
            description = "X-HubSpot-Signature-v3 = base64(HMAC-SHA256(client secret, method + URI + body + timestamp)), with"
                    + " X-HubSpot-Request-Timestamp in milliseconds. Owners map to reps through /api/integrations/hubspot/identities;"
                    + " the call type comes from the callreview_call_type property, else the hubspot topic rules on hs_call_title.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "call with transcript", value = HUBSPOT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Processed, duplicate or ignored, per event", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "Unreadable payload or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "429", description = WebhookBudget.TOO_MANY)
    @APIResponse(responseCode = "422", description = "Unmapped owner, unknown call type or none published")
    public WebhookReceipt hubspot(byte[] body,
                                  @Parameter(description = "base64 HMAC-SHA256") @HeaderParam(HUBSPOT_SIGNATURE) String signature,
                                  @Parameter(description = "Unix milliseconds") @HeaderParam(HUBSPOT_TIMESTAMP) String timestamp,
                                  @Context UriInfo uri, @Context HttpServerRequest request) {
        verifier.verify(SCHEME, senders.of(request), signature, timestamp, (secret, at) ->
                Base64.getEncoder().encodeToString(hmacSha256(secret, ("POST" + hubSpotUri(uri)).getBytes(UTF_8), body,
                        at.getBytes(UTF_8))));
        budget.hubspot();
        HubSpotCalls.Parsed parsed = hubspot.parse(body);
        List<WebhookReceipt.Event> events = new ArrayList<>(webhooks.receive(HubSpotCalls.SOURCE, parsed.calls()).events());
        parsed.ignored().forEach(id -> events.add(WebhookIngestion.ignored(id)));
        return new WebhookReceipt(events);
    }

    /** The URI HubSpot signed: as received, or under the configured public base URL, with HubSpot's decoding applied. */
    private String hubSpotUri(UriInfo uri) {
        String full = PublicUri.of(config, uri);
        String[][] decoded = {{"%3A", ":"}, {"%2F", "/"}, {"%3F", "?"}, {"%40", "@"}, {"%21", "!"}, {"%24", "$"},
                {"%27", "'"}, {"%28", "("}, {"%29", ")"}, {"%2A", "*"}, {"%2C", ","}, {"%3B", ";"}};
        for (String[] pair : decoded) {
            full = full.replace(pair[0], pair[1]).replace(pair[0].toLowerCase(java.util.Locale.ROOT), pair[1]);
        }
        return full;
    }
}
