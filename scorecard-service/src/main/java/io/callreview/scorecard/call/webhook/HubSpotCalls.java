package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.call.ParticipantRequest;
import io.callreview.scorecard.call.ReservedSources;
import io.callreview.scorecard.call.TranscriptRequest;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.TranscriptFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns HubSpot call events into calls. HubSpot delivers a JSON array of events (or one event); a call event
 * carries the call object's {@code properties} ({@code hubspot_owner_id}, {@code hs_timestamp},
 * {@code hs_call_duration} in ms, {@code hs_call_title}, {@code hs_call_recording_url}, {@code hs_call_body}) as a
 * HubSpot workflow webhook or a CRM integration sends them, plus optionally {@code participants} and a
 * {@code transcript} in the shape of {@code POST /api/calls}. Without a transcript, {@code hs_call_body} (the call
 * notes) is read as plain {@code Speaker: text} lines; without either, the recording is transcribed. Events without properties (bare subscription
 * notifications) and calls whose {@code hs_call_status} is other than COMPLETED are acknowledged and ignored.
 */
@ApplicationScoped
public class HubSpotCalls {

    public static final String SOURCE = ReservedSources.HUBSPOT;

    @Inject
    ObjectMapper mapper;

    @Inject
    SourceDirectory directory;

    @Inject
    CallRequests requests;

    public record Parsed(List<WebhookIngestion.Inbound> calls, List<String> ignored) {
    }

    public Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw new ApiException(400, "malformed-json", "Malformed JSON", "the HubSpot payload is not valid JSON",
                    List.of(new Problem.FieldError("body", "is not valid JSON")));
        }
        List<JsonNode> events = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(events::add);
        } else if (root != null && root.isObject()) {
            events.add(root);
        } else {
            throw ApiException.badRequest("body", "a HubSpot delivery is an event or an array of events");
        }
        List<WebhookIngestion.Inbound> calls = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String path = events.size() == 1 && root.isObject() ? "" : "[" + i + "].";
            String eventId = JsonFields.required(event, "eventId", path + "eventId");
            String portal = JsonFields.text(event, "portalId");
            String id = SOURCE + ":" + (portal == null ? "" : portal + ":") + eventId;
            JsonNode properties = event.path("properties");
            if (properties.isMissingNode() || properties.isNull()) {
                ignored.add(id);
                continue;
            }
            if (!properties.isObject()) {
                throw ApiException.badRequest(path + "properties", "must be an object of call properties");
            }
            if (neverConnected(properties)) {
                ignored.add(id);
                continue;
            }
            // Listed participants name everyone; otherwise only the rep is known and the others are taken as prospects.
            boolean listed = event.path("participants").isArray() && !event.path("participants").isEmpty();
            calls.add(new WebhookIngestion.Inbound(id, () -> toCall(event, path), listed ? Role.UNKNOWN : Role.PROSPECT));
        }
        return new Parsed(calls, ignored);
    }

    /**
     * A call HubSpot logged as not (or not yet) connected: no answer, busy, failed, cancelled, still ringing or in
     * progress. It has nothing to grade, and a dialer logs many: refusing it would refuse the whole delivery.
     */
    private static boolean neverConnected(JsonNode properties) {
        String status = JsonFields.text(properties, "hs_call_status");
        return status != null && !status.isBlank() && !status.strip().equalsIgnoreCase("COMPLETED");
    }

    private CallRequest toCall(JsonNode event, String path) {
        JsonNode properties = event.path("properties");
        String objectId = JsonFields.required(event, "objectId", path + "objectId");
        String owner = JsonFields.required(properties, "hubspot_owner_id", path + "properties.hubspot_owner_id");
        SourceIdentity rep = directory.identity(SOURCE, path + "properties.hubspot_owner_id", owner);
        String title = JsonFields.text(properties, "hs_call_title");
        String callType = JsonFields.text(properties, "callreview_call_type");
        if (callType == null) {
            callType = directory.callType(SOURCE, path + "properties.hs_call_title", title);
        }
        long durationMs = JsonFields.number(JsonFields.text(properties, "hs_call_duration"), path + "properties.hs_call_duration", 0);
        List<ParticipantRequest> listed = convert(event.path("participants"), new TypeReference<>() {
        }, path + "participants");
        String recordingUrl = JsonFields.text(properties, "hs_call_recording_url");
        String notes = JsonFields.text(properties, "hs_call_body");
        TranscriptRequest transcript = event.path("transcript").isObject()
                ? convert(event.path("transcript"), new TypeReference<>() {
                }, path + "transcript")
                : notes != null || recordingUrl == null ? notesAsTranscript(notes, path) : null;
        return requests.valid(new CallRequest(objectId, SOURCE, rep.repId, rep.teamId, callType,
                JsonFields.instant(JsonFields.text(properties, "hs_timestamp"), path + "properties.hs_timestamp"),
                (int) Math.min(Integer.MAX_VALUE, durationMs / 1000), recordingUrl,
                CallRequests.participants(listed, rep), transcript));
    }

    private static TranscriptRequest notesAsTranscript(String notes, String path) {
        if (notes == null) {
            throw ApiException.unprocessable(path + "transcript", "the call has no transcript, no notes (hs_call_body) and"
                    + " no recording (hs_call_recording_url) to grade");
        }
        String text = notes.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return new TranscriptRequest(TranscriptFormat.TEXT, null, text);
    }

    private <T> T convert(JsonNode node, TypeReference<T> type, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return mapper.readValue(mapper.treeAsTokens(node), mapper.getTypeFactory().constructType(type));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(path, "cannot be read: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest(path, "cannot be read");
        }
    }
}
