package io.callreview.web.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed session's verdicts side by side: per behaviour and call, each coach's verdict and the consensus, so a
 * coach sees where the panel differed (a split has no consensus), not only how often.
 */
public record RevealedVerdicts(List<String> coaches, List<Behaviour> behaviours) {

    public record Behaviour(String behaviourKey, List<Row> rows) {
    }

    /** @param split the coaches differed and no verdict had a majority */
    public record Row(String callId, String repId, String repName, List<Cell> verdicts, String consensus, boolean split) {
    }

    /** @param differs the coach's verdict is not the consensus */
    public record Cell(String coachId, String verdict, boolean differs) {
    }

    static RevealedVerdicts of(JsonNode session, JsonNode agreement, Map<String, JsonNode> calls) {
        List<String> coaches = new ArrayList<>();
        session.path("coaches").forEach(c -> coaches.add(c.path("coachId").asText()));
        Map<String, String> given = new HashMap<>();
        for (JsonNode rating : session.path("ratings")) {
            given.put(key(rating.path("behaviourKey").asText(), rating.path("callId").asText(), rating.path("coachId").asText()),
                    rating.path("verdict").asText());
        }
        Map<String, String> consensus = new HashMap<>();
        for (JsonNode behaviour : agreement.path("behaviours")) {
            for (JsonNode call : behaviour.path("consensus")) {
                if (!call.path("verdict").isNull() && !call.path("verdict").isMissingNode()) {
                    consensus.put(behaviour.path("behaviourKey").asText() + "|" + call.path("callId").asText(),
                            call.path("verdict").asText());
                }
            }
        }
        List<Behaviour> behaviours = new ArrayList<>();
        for (JsonNode key : session.path("behaviourKeys")) {
            List<Row> rows = new ArrayList<>();
            for (JsonNode id : session.path("callIds")) {
                String callId = id.asText();
                String agreed = consensus.get(key.asText() + "|" + callId);
                List<Cell> cells = new ArrayList<>();
                for (String coach : coaches) {
                    String verdict = given.get(key(key.asText(), callId, coach));
                    cells.add(new Cell(coach, verdict, verdict != null && agreed != null && !agreed.equals(verdict)));
                }
                boolean split = agreed == null && cells.stream().map(Cell::verdict).filter(v -> v != null).distinct().count() > 1;
                JsonNode call = calls.getOrDefault(callId, MissingNode.getInstance());
                rows.add(new Row(callId, call.path("repId").asText(null), call.path("repName").asText(null), cells, agreed, split));
            }
            behaviours.add(new Behaviour(key.asText(), rows));
        }
        return new RevealedVerdicts(coaches, behaviours);
    }

    private static String key(String behaviourKey, String callId, String coachId) {
        return behaviourKey + "|" + callId + "|" + coachId;
    }
}
