package io.callreview.loadtest.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measured figures: printed as one table (section, metric, value, unit, note) and written as JSON with the same
 * content, keyed by section and metric, plus free-form context (machine, settings).
 */
public final class BenchReport {

    public record Row(String section, String metric, double value, String unit, String note) {
    }

    private final Map<String, Object> context = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    public BenchReport context(String key, Object value) {
        context.put(key, value);
        return this;
    }

    public BenchReport row(String section, String metric, double value, String unit, String note) {
        rows.add(new Row(section, metric, value, unit, note == null ? "" : note));
        return this;
    }

    public double value(String section, String metric) {
        return rows.stream().filter(r -> r.section().equals(section) && r.metric().equals(metric))
                .mapToDouble(Row::value).findFirst().orElse(Double.NaN);
    }

    public void print(PrintStream out) {
        int metricWidth = Math.max(30, rows.stream().mapToInt(r -> r.metric().length()).max().orElse(0));
        String section = null;
        for (Row row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                out.println();
                out.println(section);
                out.println("-".repeat(section.length()));
            }
            out.printf(Locale.ROOT, "  %-" + metricWidth + "s %12s %-10s %s%n", row.metric(), format(row.value()), row.unit(), row.note());
        }
        out.println();
    }

    /** Markdown table rows ({@code | section | metric | value | unit | note |}), for the README. */
    public void printMarkdown(PrintStream out) {
        out.println("| section | metric | value | unit | note |");
        out.println("|---|---|---:|---|---|");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row.section(), row.metric(), format(row.value()), row.unit(), row.note());
        }
    }

    public Path write(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("context", context);
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("value", Double.isFinite(row.value()) ? row.value() : null);
            metric.put("unit", row.unit());
            if (!row.note().isEmpty()) {
                metric.put("note", row.note());
            }
            sections.computeIfAbsent(row.section(), s -> new LinkedHashMap<>()).put(row.metric(), metric);
        }
        json.put("results", sections);
        Path file = directory.resolve(name);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        return file;
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000 || value == Math.rint(value) && magnitude >= 10) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 0.01 || value == 0) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
