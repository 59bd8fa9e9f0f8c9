import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/**
 * Prints a JMH JSON result as a short table: for throughput benchmarks the time per operation as well as the
 * operations per second, and every secondary metric (such as words per second) beside its benchmark.
 * Run by bench/jmh.sh as a single-file program on the benchmarks' classpath (for Jackson).
 */
public class JmhSummary {

    public static void main(String[] args) throws Exception {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        System.out.printf("%n%-72s %12s %16s  %s%n", "benchmark", "time per op", "score", "secondary metrics");
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText().replaceFirst("^.*\\.benchmarks\\.", "");
            JsonNode params = result.path("params");
            if (params.size() > 0) {
                name += " " + params;
            }
            JsonNode primary = result.get("primaryMetric");
            double score = primary.get("score").asDouble();
            String unit = primary.get("scoreUnit").asText();
            String perOp = unit.equals("ops/s") ? String.format("%.3f ms", 1000.0 / score) : "";
            StringBuilder secondary = new StringBuilder();
            result.path("secondaryMetrics").properties().forEach(metric -> secondary.append(String.format("%s %,.0f %s  ",
                    metric.getKey(), metric.getValue().get("score").asDouble(), metric.getValue().get("scoreUnit").asText())));
            System.out.printf("%-72s %12s %16s  %s%n", name, perOp, String.format("%,.2f %s", score, unit), secondary.toString().strip());
        }
    }
}
