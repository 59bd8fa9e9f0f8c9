package io.callreview.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** coaching-service's team profile as a rep × behaviour grid: each cell the rep's stage and diagnosis there. */
public record TeamGrid(List<String> behaviourKeys, List<Row> rows) {

    public record Row(String repId, long scoredCalls, List<Cell> cells) {
    }

    /** An empty cell (the rep has no calls graded on that behaviour) has no stage. */
    public record Cell(String stage, String approach, Double adherence, String mentorRepId) {
    }

    static TeamGrid of(JsonNode profile) {
        List<String> keys = new ArrayList<>();
        profile.path("behaviours").forEach(behaviour -> keys.add(behaviour.path("behaviourKey").asText()));
        List<Row> rows = new ArrayList<>();
        for (JsonNode rep : profile.path("reps")) {
            List<Cell> cells = new ArrayList<>();
            for (String key : keys) {
                cells.add(cell(rep.path("behaviours"), key));
            }
            rows.add(new Row(rep.path("repId").asText(), rep.path("scoredCalls").asLong(), cells));
        }
        return new TeamGrid(keys, rows);
    }

    private static Cell cell(JsonNode behaviours, String key) {
        for (JsonNode behaviour : behaviours) {
            if (key.equals(behaviour.path("behaviourKey").asText())) {
                return new Cell(text(behaviour.path("stage")), text(behaviour.path("approach")),
                        behaviour.path("recentAdherence").isNumber() ? behaviour.path("recentAdherence").asDouble() : null,
                        text(behaviour.path("mentorRepId")));
            }
        }
        return new Cell(null, null, null, null);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
