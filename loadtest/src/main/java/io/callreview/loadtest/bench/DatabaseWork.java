package io.callreview.loadtest.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many commits and statements of each kind the database ran, from the server's counters: per second (the idle
 * background) or per call.
 */
public record DatabaseWork(Map<String, Double> counts) {

    /**
     * The server counters read: commits, every statement the clients sent ({@code Questions}), and some kinds of them
     * ({@code Com_set_option}: {@code SET} statements such as a driver's {@code SET autocommit}; {@code Com_stmt_execute}:
     * executions of server-side prepared statements).
     */
    public static final List<String> COUNTERS = List.of("Com_commit", "Questions", "Com_select", "Com_insert", "Com_update",
            "Com_delete", "Com_set_option", "Com_stmt_execute");

    /** The counters' growth from {@code before} to {@code after}, divided by {@code divisor}. */
    public static DatabaseWork between(Map<String, Long> before, Map<String, Long> after, double divisor) {
        Map<String, Double> counts = new LinkedHashMap<>();
        COUNTERS.forEach(name -> counts.put(name, (after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L)) / divisor));
        return new DatabaseWork(counts);
    }

    /** This work less {@code perSecond} (idle) work over {@code seconds}, spread over {@code calls}. */
    public DatabaseWork lessIdle(DatabaseWork perSecond, double seconds, double calls) {
        Map<String, Double> less = new LinkedHashMap<>();
        counts.forEach((name, count) -> less.put(name, (count - perSecond.counts.get(name) * seconds) / calls));
        return new DatabaseWork(less);
    }

    public double commits() {
        return counts.get("Com_commit");
    }

    public double statements() {
        return counts.get("Questions");
    }

    public String byKind() {
        return String.format("%.1f selects, %.1f inserts, %.1f updates, %.1f deletes, %.1f sets, %.1f prepared executions",
                counts.get("Com_select"), counts.get("Com_insert"), counts.get("Com_update"), counts.get("Com_delete"),
                counts.get("Com_set_option"), counts.get("Com_stmt_execute"));
    }
}
