package io.callreview.scorecard.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.api.CallRequest;
import io.callreview.scorecard.api.WebhookReceipt;
import io.callreview.scorecard.config.WebhookConfig;
import io.callreview.scorecard.service.WebhookIngestion;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.webhook.CallRequests;
import io.callreview.scorecard.webhook.HubSpotCalls;
import io.callreview.scorecard.webhook.ZoomCalls;
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
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static io.callreview.scorecard.webhook.WebhookSignatures.badSignature;
import static io.callreview.scorecard.webhook.WebhookSignatures.fresh;
import static io.callreview.scorecard.webhook.WebhookSignatures.hex;
import static io.callreview.scorecard.webhook.WebhookSignatures.hmacSha256;
import static io.callreview.scorecard.webhook.WebhookSignatures.same;
import static io.callreview.scorecard.webhook.WebhookSignatures.secret;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Signed webhooks. No bearer token: the signature over the raw body is the authentication, checked in constant
 * time before anything is read, together with a timestamp no more than 5 minutes away (replays). A bad or stale
 * signature answers 401 and stores nothing.
 */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Webhooks", description = "Signed calls from HubSpot, Zoom and any other CRM")
public class WebhookResource {

    static final String HUBSPOT_SIGNATURE = "X-HubSpot-Signature-v3";
    static final String HUBSPOT_TIMESTAMP = "X-HubSpot-Request-Timestamp";
    static final String ZOOM_SIGNATURE = "x-zm-signature";
    static final String ZOOM_TIMESTAMP = "x-zm-request-timestamp";
    static final String SIGNATURE = "X-Signature";
    static final String SIGNATURE_TIMESTAMP = "X-Signature-Timestamp";
    static final String EVENT_ID = "X-Event-Id";
    static final String GENERIC_SOURCE = "signed";

    static final String HUBSPOT_EXAMPLE = """
            [{"eventId": 100, "portalId": 62515, "subscriptionType": "object.creation", "objectId": 3001,
              "occurredAt": 1772463600000,
              "properties": {"hubspot_owner_id": "31245", "hs_call_title": "Discovery with Acme",
                             "hs_timestamp": "2026-03-02T15:00:00Z", "hs_call_duration": "1800000",
                             "hs_call_recording_url": "https://recordings.example.com/3001.mp3"},
              "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}],
              "transcript": {"format": "text", "content": "Rita Rep: What budget have you set aside?\\nPaul Prospect: About fifty thousand."}}]""";
    static final String ZOOM_EXAMPLE = """
            {"event": "recording.transcript_completed", "event_ts": 1772465400000, "download_token": "eyJ0eXAiOiJKV1Qi...",
             "payload": {"account_id": "AAAA", "object": {"uuid": "4444AAAiAAAAAiAiAiiAii==", "id": 81234567890,
               "host_id": "x1yCzABCDEfg23HiJKl4mN", "host_email": "rita@example.com", "topic": "Acme discovery",
               "start_time": "2026-03-02T15:00:00Z", "duration": 30, "share_url": "https://zoom.us/rec/share/abc",
               "recording_files": [{"id": "f-1", "file_type": "TRANSCRIPT", "file_extension": "VTT",
                 "recording_start": "2026-03-02T15:00:05Z", "recording_end": "2026-03-02T15:30:05Z",
                 "download_url": "https://zoom.us/rec/download/abc.vtt"}]}}}""";
    static final String ZOOM_VALIDATION_EXAMPLE = """
            {"event": "endpoint.url_validation", "event_ts": 1772465400000, "payload": {"plainToken": "qgg8vlvZRS6UYooatFL8Aw"}}""";

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookIngestion webhooks;

    @Inject
    HubSpotCalls hubspot;

    @Inject
    ZoomCalls zoom;

    @Inject
    CallRequests requests;

    @POST
    @Path("hubspot")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "HubSpot call events (request signature v3)",
            description = "X-HubSpot-Signature-v3 = base64(HMAC-SHA256(client secret, method + URI + body + timestamp)), with"
                    + " X-HubSpot-Request-Timestamp in milliseconds. Owners map to reps through /api/integrations/hubspot/identities;"
                    + " the call type comes from the callreview_call_type property, else the hubspot topic rules on hs_call_title.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "call with transcript", value = HUBSPOT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Processed, duplicate or ignored, per event", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "Unreadable payload or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "422", description = "Unmapped owner, unknown call type or none published")
    public WebhookReceipt hubspot(byte[] body,
                                  @Parameter(description = "base64 HMAC-SHA256") @HeaderParam(HUBSPOT_SIGNATURE) String signature,
                                  @Parameter(description = "Unix milliseconds") @HeaderParam(HUBSPOT_TIMESTAMP) String timestamp,
                                  @Context UriInfo uri) {
        String secret = secret(config.hubspot().clientSecret(), "HUBSPOT_CLIENT_SECRET");
        if (timestamp == null || timestamp.isBlank()) {
            throw ApiException.unauthorized("the " + HUBSPOT_TIMESTAMP + " header is missing");
        }
        String signed = "POST" + hubSpotUri(uri);
        String expected = Base64.getEncoder().encodeToString(
                hmacSha256(secret, signed.getBytes(UTF_8), body, timestamp.strip().getBytes(UTF_8)));
        if (!same(expected, signature)) {
            throw badSignature(HUBSPOT_SIGNATURE);
        }
        fresh(HUBSPOT_TIMESTAMP, timestamp, clock.instant(), config.maxAge());
        HubSpotCalls.Parsed parsed = hubspot.parse(body);
        List<WebhookReceipt.Event> events = new ArrayList<>(webhooks.receive(HubSpotCalls.SOURCE, parsed.calls()).events());
        parsed.ignored().forEach(id -> events.add(new WebhookReceipt.Event(id, WebhookReceipt.Outcome.IGNORED, null)));
        return new WebhookReceipt(events);
    }

    @POST
    @Path("zoom")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Zoom recording.transcript_completed, and the endpoint.url_validation challenge",
            description = "x-zm-signature = v0= + hex(HMAC-SHA256(secret token, v0:{x-zm-request-timestamp}:{body})). The"
                    + " challenge answers {plainToken, encryptedToken = hex(HMAC-SHA256(secret token, plainToken))}; it is"
                    + " only answered to a signed request, or it would sign anything for anyone. The WebVTT transcript is"
                    + " downloaded from download_url (allowlisted hosts) with the event's download_token; the host maps to a"
                    + " rep through /api/integrations/zoom/identities and the topic picks the call type.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "transcript completed", value = ZOOM_EXAMPLE),
            @ExampleObject(name = "URL validation", value = ZOOM_VALIDATION_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The challenge answer, or what was done with the event")
    @APIResponse(responseCode = "400", description = "Unreadable payload or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "422", description = "Unmapped host, no call type, no transcript file, or a download host not allowed")
    @APIResponse(responseCode = "503", description = "The transcript could not be downloaded yet: Zoom retries")
    public Object zoom(byte[] body,
                       @Parameter(description = "v0= + hex HMAC-SHA256") @HeaderParam(ZOOM_SIGNATURE) String signature,
                       @Parameter(description = "Unix seconds") @HeaderParam(ZOOM_TIMESTAMP) String timestamp) {
        String secret = secret(config.zoom().secretToken(), "ZOOM_WEBHOOK_SECRET_TOKEN");
        if (timestamp == null || timestamp.isBlank()) {
            throw ApiException.unauthorized("the " + ZOOM_TIMESTAMP + " header is missing");
        }
        String expected = "v0=" + hex(hmacSha256(secret, ("v0:" + timestamp.strip() + ":").getBytes(UTF_8), body));
        if (!same(expected, signature)) {
            throw badSignature(ZOOM_SIGNATURE);
        }
        fresh(ZOOM_TIMESTAMP, timestamp, clock.instant(), config.maxAge());
        JsonNode root = json(body);
        String event = root.path("event").asText("");
        if (ZoomCalls.URL_VALIDATION.equals(event)) {
            String plainToken = root.path("payload").path("plainToken").asText("");
            if (plainToken.isBlank()) {
                throw ApiException.badRequest("payload.plainToken", "is required");
            }
            return Map.of("plainToken", plainToken, "encryptedToken", hex(hmacSha256(secret, plainToken.getBytes(UTF_8))));
        }
        if (!ZoomCalls.TRANSCRIPT_COMPLETED.equals(event)) {
            return new WebhookReceipt(List.of(new WebhookReceipt.Event(ZoomCalls.SOURCE + ":" + event + ":"
                    + root.path("event_ts").asText(), WebhookReceipt.Outcome.IGNORED, null)));
        }
        JsonNode object = root.path("payload").path("object");
        ZoomCalls.TranscriptFile file = ZoomCalls.transcriptFile(object);
        String eventId = ZoomCalls.eventId(object, file);
        if (webhooks.alreadyProcessed(ZoomCalls.SOURCE, eventId)) {
            return webhooks.duplicate(ZoomCalls.SOURCE, eventId);
        }
        String vtt = zoom.transcript(file, root.path("download_token").asText(null));
        return webhooks.receive(ZoomCalls.SOURCE, List.of(new WebhookIngestion.Inbound(eventId,
                () -> zoom.toCall(object, file, vtt), Role.PROSPECT)));
    }

    @POST
    @Path("signed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A call from any other CRM, signed with a shared secret",
            description = "The body is exactly the body of POST /api/calls. X-Signature = hex(HMAC-SHA256(secret, timestamp + \".\" + body))"
                    + " (an optional sha256= prefix is accepted), X-Signature-Timestamp in Unix seconds. X-Event-Id deduplicates"
                    + " deliveries; without it the source and externalId do.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "call", value = CallResource.TEXT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What was done with the event", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "404", description = "Unknown call type")
    @APIResponse(responseCode = "413", description = "Transcript over the limit")
    @APIResponse(responseCode = "422", description = "The call type has no published scorecard")
    public WebhookReceipt signed(byte[] body,
                                 @Parameter(description = "hex HMAC-SHA256") @HeaderParam(SIGNATURE) String signature,
                                 @Parameter(description = "Unix seconds") @HeaderParam(SIGNATURE_TIMESTAMP) String timestamp,
                                 @Parameter(description = "The sender's id of this delivery") @HeaderParam(EVENT_ID) String eventId) {
        String secret = secret(config.generic().secret(), "CALL_WEBHOOK_SECRET");
        if (timestamp == null || timestamp.isBlank()) {
            throw ApiException.unauthorized("the " + SIGNATURE_TIMESTAMP + " header is missing");
        }
        String expected = hex(hmacSha256(secret, (timestamp.strip() + ".").getBytes(UTF_8), body));
        String presented = signature != null && signature.startsWith("sha256=") ? signature.substring(7) : signature;
        if (!same(expected, presented)) {
            throw badSignature(SIGNATURE);
        }
        fresh(SIGNATURE_TIMESTAMP, timestamp, clock.instant(), config.maxAge());
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

    /** The URI HubSpot signed: as received, or under the configured public base URL, with HubSpot's decoding applied. */
    private String hubSpotUri(UriInfo uri) {
        URI request = uri.getRequestUri();
        String full = config.publicBaseUrl().filter(base -> !base.isBlank())
                .map(base -> base.replaceAll("/+$", "") + request.getRawPath()
                        + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()))
                .orElse(request.toString());
        String[][] decoded = {{"%3A", ":"}, {"%2F", "/"}, {"%3F", "?"}, {"%40", "@"}, {"%21", "!"}, {"%24", "$"},
                {"%27", "'"}, {"%28", "("}, {"%29", ")"}, {"%2A", "*"}, {"%2C", ","}, {"%3B", ";"}};
        for (String[] pair : decoded) {
            full = full.replace(pair[0], pair[1]).replace(pair[0].toLowerCase(java.util.Locale.ROOT), pair[1]);
        }
        return full;
    }

    private JsonNode json(byte[] body) {
        try {
            JsonNode root = mapper.readTree(new String(body, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("body", "a Zoom event is a JSON object");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "malformed-json", "Malformed JSON", "the Zoom payload is not valid JSON", List.of());
        }
    }
}
