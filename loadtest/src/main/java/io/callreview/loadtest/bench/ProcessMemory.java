package io.callreview.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process from {@code /proc/<pid>/status} (Linux): the peak (VmHWM) and the current (VmRSS). */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Peak resident set size in MiB, or -1 when the process is gone or this is not Linux. */
    public static double peakRssMiB(long pid) {
        return field(pid, "VmHWM:");
    }

    public static double rssMiB(long pid) {
        return field(pid, "VmRSS:");
    }

    /** The pid of the first process whose command line contains every one of {@code parts}, or -1. */
    public static long findPid(String... parts) {
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).sorted().toList()) {
                String command;
                try {
                    command = new String(Files.readAllBytes(entry.resolve("cmdline"))).replace('\0', ' ');
                } catch (IOException gone) {
                    continue;
                }
                boolean all = true;
                for (String part : parts) {
                    all &= command.contains(part);
                }
                if (all) {
                    return Long.parseLong(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static double field(long pid, String name) {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
        return -1;
    }
}
