package io.callreview.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JDK Flight Recordings of running JVMs, started and dumped with {@code jcmd}, so that a recording covers only the
 * measured phases and not the services' start-up. Summarise them with {@code bench/jfr-top.sh}.
 */
public final class FlightRecordings {

    private static final String NAME = "bench";

    private final Map<String, Long> pids;

    private FlightRecordings(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** Starts a recording with the {@code profile} settings (execution samples every 10 ms) in each named JVM. */
    public static FlightRecordings start(Map<String, Long> pids) throws IOException, InterruptedException {
        FlightRecordings recordings = new FlightRecordings(new LinkedHashMap<>(pids));
        for (long pid : pids.values()) {
            jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
        }
        return recordings;
    }

    /** Stops the recordings and writes one file per JVM, {@code <prefix>-<name>.jfr} in {@code folder}. */
    public Map<String, Path> stop(Path folder, String prefix) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, Long> jvm : pids.entrySet()) {
            Path file = folder.toAbsolutePath().resolve(prefix + "-" + jvm.getKey() + ".jfr");
            jcmd(jvm.getValue(), "JFR.stop", "name=" + NAME, "filename=" + file);
            files.put(jvm.getKey(), file);
        }
        return files;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new java.util.ArrayList<>(List.of(Files.exists(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + output);
        }
    }
}
