package io.callreview.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * coaching-service's team profile as a rep × behaviour grid: each cell the rep's stage and diagnosis there. Reps and
 * mentors go by their names on the roster, where it has them.
 */
public record TeamGrid(List<String> behaviourKeys, List<Row> rows) {

    public record Row(String repId, String name, long scoredCalls, List<Cell> cells) {
    }

    /** An empty cell (the rep has no calls graded on that behaviour) has no stage. */
    public record Cell(String stage, String approach, Double adherence, String mentorRepId, String mentorName) {
    }

    /** {@code names}: rep id to the name the roster gives, for those it names. */
    static TeamGrid of(JsonNode profile, Map<String, String> names) {
        List<String> keys = new ArrayList<>();
        profile.path("behaviours").forEach(behaviour -> keys.add(behaviour.path("behaviourKey").asText()));
        List<Row> rows = new ArrayList<>();
        for (JsonNode rep : profile.path("reps")) {
            List<Cell> cells = new ArrayList<>();
            for (String key : keys) {
                cells.add(cell(rep.path("behaviours"), key, names));
            }
            String repId = rep.path("repId").asText();
            rows.add(new Row(repId, names.getOrDefault(repId, repId), rep.path("scoredCalls").asLong(), cells));
        }
        return new TeamGrid(keys, rows);
    }

    private static Cell cell(JsonNode behaviours, String key, Map<String, String> names) {
        for (JsonNode behaviour : behaviours) {
            if (key.equals(behaviour.path("behaviourKey").asText())) {
                String mentor = text(behaviour.path("mentorRepId"));
                return new Cell(text(behaviour.path("stage")), text(behaviour.path("approach")),
                        behaviour.path("recentAdherence").isNumber() ? behaviour.path("recentAdherence").asDouble() : null,
                        mentor, mentor == null ? null : names.getOrDefault(mentor, mentor));
            }
        }
        return new Cell(null, null, null, null, null);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
