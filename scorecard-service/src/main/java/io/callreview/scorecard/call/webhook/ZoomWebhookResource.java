package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.transcript.Role;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static io.callreview.scorecard.call.webhook.WebhookSignatures.hex;
import static io.callreview.scorecard.call.webhook.WebhookSignatures.hmacSha256;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Zoom's recording.transcript_completed events and its endpoint.url_validation challenge, signed with the app's
 * secret token and verified by {@link WebhookVerifier}.
 */
@Path("/api/webhooks/zoom")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Webhooks", description = "Signed calls from HubSpot, Zoom and any other CRM")
public class ZoomWebhookResource {

    static final String ZOOM_SIGNATURE = "x-zm-signature";
    static final String ZOOM_TIMESTAMP = "x-zm-request-timestamp";
    static final String ZOOM_EXAMPLE = """
            {"event": "recording.transcript_completed", "event_ts": 1772465400000, "download_token": "eyJ0eXAiOiJKV1Qi...",
             "payload": {"account_id": "AAAA", "object": {"uuid": "4444AAAiAAAAAiAiAiiAii==", "id": 81234567890,
               "host_id": "x1yCzABCDEfg23HiJKl4mN", "host_email": "rita@example.com", "topic": "Acme discovery",
               "start_time": "2026-03-02T15:00:00Z", "duration": 30, "share_url": "https://zoom.us/rec/share/abc",
               "recording_files": [{"id": "f-1", "file_type": "TRANSCRIPT", "file_extension": "VTT",
                 "recording_start": "2026-03-02T15:00:05Z", "recording_end": "2026-03-02T15:30:05Z",
                 "download_url": "https://zoom.us/rec/download/abc.vtt"}]}}}""";
    static final String ZOOM_RECORDING_EXAMPLE = """
            {"event": "recording.completed", "event_ts": 1772465400000, "download_token": "eyJ0eXAiOiJKV1Qi...",
             "payload": {"account_id": "AAAA", "object": {"uuid": "4444AAAiAAAAAiAiAiiAii==", "id": 81234567890,
               "host_id": "x1yCzABCDEfg23HiJKl4mN", "host_email": "rita@example.com", "topic": "Acme discovery",
               "start_time": "2026-03-02T15:00:00Z", "duration": 30,
               "recording_files": [{"id": "f-2", "file_type": "M4A", "file_extension": "M4A", "recording_type": "audio_only",
                 "recording_start": "2026-03-02T15:00:05Z", "recording_end": "2026-03-02T15:30:05Z",
                 "download_url": "https://zoom.us/rec/download/abc.m4a"}]}}}""";
    static final String ZOOM_VALIDATION_EXAMPLE = """
            {"event": "endpoint.url_validation", "event_ts": 1772465400000, "payload": {"plainToken": "qgg8vlvZRS6UYooatFL8Aw"}}""";

    static final WebhookVerifier.Scheme SCHEME = new WebhookVerifier.Scheme(ZOOM_SIGNATURE, ZOOM_TIMESTAMP,
            "ZOOM_WEBHOOK_SECRET_TOKEN", config -> config.zoom().secretToken());

    @Inject
    WebhookVerifier verifier;

    @Inject
    WebhookSenders senders;

    @Inject
    WebhookBudget budget;

    @Inject
    WebhookIngestion webhooks;

    @Inject
    ZoomCalls zoom;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Zoom recording.completed and recording.transcript_completed, and the endpoint.url_validation challenge",
            description = "x-zm-signature = v0= + hex(HMAC-SHA256(secret token, v0:{x-zm-request-timestamp}:{body})). The"
                    + " challenge answers {plainToken, encryptedToken = hex(HMAC-SHA256(secret token, plainToken))}; it is"
                    + " only answered to a signed request, or it would sign anything for anyone. The WebVTT transcript is"
                    + " downloaded from download_url (allowlisted hosts) with the event's download_token; the host maps to a"
                    + " rep through /api/integrations/zoom/identities and the topic picks the call type. recording.completed"
                    + " stores the call as TRANSCRIBING: its audio file (M4A, else MP4) is downloaded from RECORDING_DOWNLOAD_HOSTS"
                    + " with the event's download_token (kept until the call is transcribed) and transcribed in the background;"
                    + " a later transcript_completed for the same meeting finds the call already known.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "transcript completed", value = ZOOM_EXAMPLE),
            @ExampleObject(name = "recording completed (audio to transcribe)", value = ZOOM_RECORDING_EXAMPLE),
            @ExampleObject(name = "URL validation", value = ZOOM_VALIDATION_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The challenge answer, or what was done with the event")
    @APIResponse(responseCode = "400", description = "Unreadable payload or transcript")
    @APIResponse(responseCode = "401", description = "Missing, bad or stale signature")
    @APIResponse(responseCode = "429", description = WebhookBudget.TOO_MANY)
    @APIResponse(responseCode = "422", description = "Unmapped host, no call type, no transcript (or audio) file, or a download host not allowed")
    @APIResponse(responseCode = "503", description = "The transcript could not be downloaded yet: Zoom retries")
    public Object zoom(byte[] body,
                       @Parameter(description = "v0= + hex HMAC-SHA256") @HeaderParam(ZOOM_SIGNATURE) String signature,
                       @Parameter(description = "Unix seconds") @HeaderParam(ZOOM_TIMESTAMP) String timestamp,
                       @Context HttpServerRequest request) {
        String secret = verifier.verify(SCHEME, senders.of(request), signature, timestamp,
                (key, at) -> "v0=" + hex(hmacSha256(key, ("v0:" + at + ":").getBytes(UTF_8), body)));
        budget.zoom();
        JsonNode root = zoom.read(body);
        String event = root.path("event").asText("");
        if (ZoomCalls.URL_VALIDATION.equals(event)) {
            String plainToken = root.path("payload").path("plainToken").asText("");
            if (plainToken.isBlank()) {
                throw ApiException.badRequest("payload.plainToken", "is required");
            }
            return Map.of("plainToken", plainToken, "encryptedToken", hex(hmacSha256(secret, plainToken.getBytes(UTF_8))));
        }
        JsonNode object = root.path("payload").path("object");
        if (ZoomCalls.RECORDING_COMPLETED.equals(event)) {
            ZoomCalls.RecordingFile audio = ZoomCalls.audioFile(object);
            return webhooks.receive(ZoomCalls.SOURCE, List.of(new WebhookIngestion.Inbound(ZoomCalls.eventId(object, audio),
                    () -> zoom.toRecordingCall(object, audio), Role.PROSPECT, root.path("download_token").asText(null))));
        }
        if (!ZoomCalls.TRANSCRIPT_COMPLETED.equals(event)) {
            return new WebhookReceipt(List.of(WebhookIngestion.ignored(ZoomCalls.SOURCE + ":" + event + ":"
                    + root.path("event_ts").asText())));
        }
        ZoomCalls.RecordingFile file = ZoomCalls.transcriptFile(object);
        String eventId = ZoomCalls.eventId(object, file);
        if (webhooks.alreadyProcessed(ZoomCalls.SOURCE, eventId)) {
            return webhooks.duplicate(ZoomCalls.SOURCE, eventId);
        }
        String vtt = zoom.transcript(file, root.path("download_token").asText(null));
        return webhooks.receive(ZoomCalls.SOURCE, List.of(new WebhookIngestion.Inbound(eventId,
                () -> zoom.toCall(object, file, vtt), Role.PROSPECT)));
    }
}
