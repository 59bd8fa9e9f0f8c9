package io.callreview.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far (user + system), from {@code /proc/<pid>/stat} (Linux), and how much of it its
 * JIT compiler threads used: in a run of minutes, compiling the hot code is a large share of a JVM's CPU, a cost a
 * long-running service pays once.
 *
 * @param seconds     CPU seconds used by the process and its threads so far, -1 when it is gone or this is not Linux
 * @param compilation of which the HotSpot compiler threads ({@code C1 CompilerThread}, {@code C2 CompilerThread})
 */
public record ProcessCpu(double seconds, double compilation) {

    /** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on every Linux the suite runs on. */
    private static final double TICKS_PER_SECOND = 100;
    private static final ProcessCpu UNKNOWN = new ProcessCpu(-1, 0);

    public static ProcessCpu of(long pid) {
        if (pid <= 0) {
            return UNKNOWN;
        }
        Path process = Path.of("/proc", Long.toString(pid));
        try {
            long total = ticks(process.resolve("stat"));
            long compilation = 0;
            try (Stream<Path> threads = Files.list(process.resolve("task"))) {
                for (Path thread : threads.toList()) {
                    compilation += compilerThread(thread) ? ticksOrZero(thread.resolve("stat")) : 0;
                }
            }
            return new ProcessCpu(total / TICKS_PER_SECOND, compilation / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** The CPU used between an earlier reading and this one. */
    public ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(seconds - earlier.seconds, compilation - earlier.compilation);
    }

    /** Thread names are cut to 15 characters in {@code comm}: "C2 CompilerThre". */
    private static boolean compilerThread(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).strip();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false; // the thread ended meanwhile
        }
    }

    private static long ticksOrZero(Path stat) {
        try {
            return ticks(stat);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        // the command name (field 2) may hold spaces: count fields after its closing parenthesis
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
