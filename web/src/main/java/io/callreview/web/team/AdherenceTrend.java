package io.callreview.web.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One behaviour's adherence over the weeks, as scorecard-service computed it (rate and 95% Wilson interval per
 * week), ready for the chart: percentages, and no point in a week without a decided call.
 */
public record AdherenceTrend(String behaviourKey, long met, long observed, Double rate, double low, double high, String series) {

    static List<AdherenceTrend> of(JsonNode adherence) {
        List<AdherenceTrend> trends = new ArrayList<>();
        JsonNode group = adherence.path("groups").path(0);
        for (JsonNode behaviour : group.path("behaviours")) {
            ObjectNode series = JsonNodeFactory.instance.objectNode();
            ArrayNode weeks = series.putArray("weeks");
            ArrayNode rate = series.putArray("rate");
            ArrayNode low = series.putArray("low");
            ArrayNode high = series.putArray("high");
            for (JsonNode week : behaviour.path("weekly")) {
                weeks.add(week.path("weekStart").asText());
                boolean observed = week.path("observed").asLong() > 0;
                addPercent(rate, observed ? week.path("rate") : null);
                addPercent(low, observed ? week.path("low") : null);
                addPercent(high, observed ? week.path("high") : null);
            }
            trends.add(new AdherenceTrend(behaviour.path("behaviourKey").asText(), behaviour.path("met").asLong(),
                    behaviour.path("observed").asLong(),
                    behaviour.path("rate").isNumber() ? behaviour.path("rate").asDouble() : null,
                    behaviour.path("low").asDouble(), behaviour.path("high").asDouble(), series.toString()));
        }
        return trends;
    }

    private static void addPercent(ArrayNode into, JsonNode ratio) {
        if (ratio == null || !ratio.isNumber()) {
            into.addNull();
        } else {
            into.add(Math.round(ratio.asDouble() * 1000) / 10.0);
        }
    }
}
