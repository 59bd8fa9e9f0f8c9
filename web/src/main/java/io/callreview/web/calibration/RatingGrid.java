package io.callreview.web.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A coach's blind rating form: per call of the session, one verdict per behaviour, filled with the coach's own
 * earlier verdicts (while a session is open, the service gives a coach only their own).
 */
public record RatingGrid(List<CallRatings> calls) {

    /** A call of the session, named by its rep and start, with a cell per behaviour. */
    public record CallRatings(String callId, String repId, String repName, String startedAt, List<Cell> cells) {
    }

    /** @param naAllowed whether the behaviour may be not applicable, so the form offers it */
    public record Cell(String field, String behaviourKey, String question, boolean naAllowed, String verdict) {
    }

    /** The form field of one call's verdict on one behaviour. */
    static String field(String callId, String behaviourKey) {
        return "verdict." + callId + "." + behaviourKey;
    }

    /**
     * @param calls the session's calls as scorecard-service shows them (for the rep and their name on the roster, the start and the behaviours'
     *              questions); a call missing here is shown by its id
     */
    /** @param typed the verdicts the coach chose in a form the service refused, shown again instead of the saved ones */
    static RatingGrid of(JsonNode session, Map<String, JsonNode> calls, String coachId, Map<String, String> typed) {
        Map<String, String> mine = new HashMap<>();
        for (JsonNode rating : session.path("ratings")) {
            if (coachId.equals(rating.path("coachId").asText())) {
                mine.put(field(rating.path("callId").asText(), rating.path("behaviourKey").asText()), rating.path("verdict").asText());
            }
        }
        mine.putAll(typed);
        List<CallRatings> rows = new ArrayList<>();
        for (JsonNode id : session.path("callIds")) {
            String callId = id.asText();
            JsonNode call = calls.getOrDefault(callId, MissingNode.getInstance());
            List<Cell> cells = new ArrayList<>();
            for (JsonNode key : session.path("behaviourKeys")) {
                String field = field(callId, key.asText());
                JsonNode behaviour = behaviour(call, key.asText());
                cells.add(new Cell(field, key.asText(), behaviour.path("question").asText(key.asText()),
                        behaviour.path("naAllowed").asBoolean(true), blankToNull(mine.get(field))));
            }
            rows.add(new CallRatings(callId, call.path("repId").asText(null), call.path("repName").asText(null),
                    call.path("startedAt").asText(null), cells));
        }
        return new RatingGrid(rows);
    }

    private static String blankToNull(String verdict) {
        return verdict == null || verdict.isBlank() ? null : verdict;
    }

    /** The behaviour as the call's latest score shows it; missing where the call or the behaviour is not known. */
    private static JsonNode behaviour(JsonNode call, String key) {
        for (JsonNode behaviour : call.path("score").path("behaviours")) {
            if (key.equals(behaviour.path("key").asText())) {
                return behaviour;
            }
        }
        return MissingNode.getInstance();
    }
}
