package io.callreview.web.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the calibration forms into scorecard-service's bodies: a new session ({@code POST /api/calibrations}) and a
 * coach's blind verdicts ({@code PUT /api/calibrations/{id}/ratings}). What makes a valid session (two coaches or
 * more, calls of one call type) the service checks and names the field at fault.
 */
final class CalibrationForms {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CalibrationForms() {
    }

    /**
     * Name, and the ticked calls and coaches, each together with any typed in (ids separated by commas or spaces): an
     * older call than the picker lists, a coach of another team.
     */
    static ObjectNode session(MultivaluedMap<String, String> form) {
        ObjectNode session = JSON.objectNode();
        String name = form.getFirst("name");
        session.put("name", name == null ? null : name.strip());
        ArrayNode callIds = session.putArray("callIds");
        tickedAndTyped(form, "callIds", "otherCalls").forEach(callIds::add);
        ArrayNode coachIds = session.putArray("coachIds");
        tickedAndTyped(form, "coachIds", "otherCoaches").forEach(coachIds::add);
        return session;
    }

    private static Set<String> tickedAndTyped(MultivaluedMap<String, String> form, String ticked, String typed) {
        Set<String> ids = new LinkedHashSet<>(form.getOrDefault(ticked, List.of()));
        for (String field : form.getOrDefault(typed, List.of())) {
            ids.addAll(List.of(field.split("[,\\s]+")));
        }
        ids.removeIf(String::isBlank);
        return ids;
    }

    /** One rating per call and behaviour of the session that the coach gave a verdict; left blank is not rated. */
    static ObjectNode ratings(JsonNode session, MultivaluedMap<String, String> form) {
        ObjectNode body = JSON.objectNode();
        ArrayNode ratings = body.putArray("ratings");
        for (JsonNode callId : session.path("callIds")) {
            for (JsonNode key : session.path("behaviourKeys")) {
                String verdict = form.getFirst(RatingGrid.field(callId.asText(), key.asText()));
                if (verdict != null && !verdict.isBlank()) {
                    ratings.addObject().put("callId", callId.asText()).put("behaviourKey", key.asText()).put("verdict", verdict);
                }
            }
        }
        return body;
    }
}
