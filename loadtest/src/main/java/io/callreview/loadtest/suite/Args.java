package io.callreview.loadtest.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name=value} or {@code --flag}; unknown names are refused. */
public final class Args {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    public Args(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (options look like --name=value)");
            }
            int eq = arg.indexOf('=');
            values.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
    }

    public int integer(String name, int fallback) {
        read.add(name);
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public long number(String name, long fallback) {
        read.add(name);
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    }

    public double decimal(String name, double fallback) {
        read.add(name);
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    public String text(String name, String fallback) {
        read.add(name);
        return values.getOrDefault(name, fallback);
    }

    public Duration duration(String name, Duration fallback) {
        read.add(name);
        if (!values.containsKey(name)) {
            return fallback;
        }
        String value = values.get(name);
        return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value.toUpperCase().startsWith("P") ? value : "PT" + value);
    }

    public boolean flag(String name) {
        read.add(name);
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    public Path path(String name, Path fallback) {
        read.add(name);
        return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
    }

    /** Fails on options nobody asked for (typos). Call after reading every option. */
    public void requireAllKnown() {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + unknown);
        }
    }

    /** The repository root: -Dcallreview.repository, else the working directory. */
    public static Path repository() {
        return Path.of(System.getProperty("callreview.repository", ".")).toAbsolutePath().normalize();
    }
}
