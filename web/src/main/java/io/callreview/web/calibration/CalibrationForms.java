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

    /** Name, the ticked calls, and the ticked coaches together with any typed in (separated by commas or spaces). */
    static ObjectNode session(MultivaluedMap<String, String> form) {
        ObjectNode session = JSON.objectNode();
        String name = form.getFirst("name");
        session.put("name", name == null ? null : name.strip());
        ArrayNode calls = session.putArray("callIds");
        form.getOrDefault("callIds", List.of()).stream().filter(id -> !id.isBlank()).forEach(calls::add);
        Set<String> coaches = new LinkedHashSet<>(form.getOrDefault("coachIds", List.of()));
        for (String typed : form.getOrDefault("otherCoaches", List.of())) {
            for (String coach : typed.split("[,\\s]+")) {
                coaches.add(coach);
            }
        }
        ArrayNode coachIds = session.putArray("coachIds");
        coaches.stream().filter(id -> !id.isBlank()).forEach(coachIds::add);
        return session;
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
