package io.callreview.coaching;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Counts the ORM work of one piece of code on the calling thread: every SQL statement Hibernate prepares (queries,
 * inserts, updates, deletes, native statements) and every entity it loads from a result. Counts are deterministic for
 * the same data, unlike times; work of other threads (consumers, the dispatcher) is never counted.
 */
public final class OrmWork {

    private static final ThreadLocal<OrmWork> CURRENT = new ThreadLocal<>();

    private final Map<String, Integer> statements = new TreeMap<>();
    private final Map<String, Integer> loads = new TreeMap<>();

    private OrmWork() {
    }

    /** Runs the work (its transaction included, so the flush at commit counts) and returns what it cost. */
    public static OrmWork of(Runnable work) {
        return of(() -> {
            work.run();
            return null;
        }).work();
    }

    public static <T> Counted<T> of(Supplier<T> work) {
        OrmWork counted = new OrmWork();
        CURRENT.set(counted);
        try {
            return new Counted<>(work.get(), counted);
        } finally {
            CURRENT.remove();
        }
    }

    public record Counted<T>(T result, OrmWork work) {
    }

    static void statement(String sql) {
        OrmWork work = CURRENT.get();
        if (work != null) {
            work.statements.merge(sql, 1, Integer::sum);
        }
    }

    static void loaded(Object entity) {
        OrmWork work = CURRENT.get();
        if (work != null) {
            work.loads.merge(entity.getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    public int statements() {
        return statements.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many of the statements run match the predicate. */
    public int statementsWhere(java.util.function.Predicate<String> sql) {
        return statements.entrySet().stream().filter(e -> sql.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    /** Statements by their first word: select, insert, update, delete. */
    public Map<String, Integer> statementsByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        statements.forEach((sql, n) -> kinds.merge(sql.strip().replaceFirst("^\\(+", "").split("\\s+", 2)[0].toLowerCase(), n, Integer::sum));
        return kinds;
    }

    public int entitiesLoaded() {
        return loads.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<String, Integer> loadsByEntity() {
        return Map.copyOf(loads);
    }

    /** Each distinct statement with how often it ran, most frequent first. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(statements()).append(" statements ").append(statementsByKind()).append(", ")
                .append(entitiesLoaded()).append(" entities loaded ").append(loads).append('\n');
        statements.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(String.format("%4d  %s%n", e.getValue(), abbreviate(e.getKey()))));
        return out.toString();
    }

    /** The statement on one line, a long select list shortened to {@code *}. */
    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip().replaceFirst("^select (?!count|max|min|distinct)\\S.*? from ", "select * from ");
        return flat.length() > 260 ? flat.substring(0, 260) + "..." : flat;
    }
}
