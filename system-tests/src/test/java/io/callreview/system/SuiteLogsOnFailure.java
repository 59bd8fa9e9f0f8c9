package io.callreview.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When an end-to-end test (or the suite's start) fails, prints where the service logs are and the end
 * of each, so a CI failure can be diagnosed from the build output alone.
 */
final class SuiteLogsOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final int TAIL_LINES = 40;

    private final Path logs;

    SuiteLogsOnFailure(Path logs) {
        this.logs = logs;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        report(context.getDisplayName(), throwable);
        throw throwable;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        report("starting the suite", throwable);
        throw throwable;
    }

    private void report(String what, Throwable throwable) {
        StringBuilder out = new StringBuilder()
                .append("\n==== ").append(what).append(" failed: ").append(throwable).append('\n')
                .append("==== service, broker and database logs: ").append(logs).append('\n');
        try (Stream<Path> files = Files.exists(logs) ? Files.list(logs) : Stream.empty()) {
            for (Path log : files.sorted().toList()) {
                // lenient decoding: a log may hold bytes that are not UTF-8
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
                out.append("---- ").append(log).append(" (last ").append(Math.min(TAIL_LINES, lines.size())).append(" of ")
                        .append(lines.size()).append(" lines)\n");
                lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()).forEach(line -> out.append("  ").append(line).append('\n'));
            }
        } catch (IOException e) {
            out.append("(could not read the logs: ").append(e).append(")\n");
        }
        System.err.println(out);
    }
}
