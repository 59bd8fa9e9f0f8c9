package io.callreview.scorecard.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a packaged tool (ffmpeg, ffprobe, pocketsphinx) with a time limit. Its output and its error stream go to files,
 * so a chatty tool never blocks on a full pipe; the end of the error stream is kept to say why it failed.
 */
public final class ExternalProcess {

    private static final int STDERR_KEPT = 2000;

    /** What the tool printed, and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** The end of the error stream, for a failure's reason. */
        public String stderrTail() {
            String trimmed = stderr.strip();
            return trimmed.length() <= STDERR_KEPT ? trimmed : "…" + trimmed.substring(trimmed.length() - STDERR_KEPT);
        }
    }

    private ExternalProcess() {
    }

    /** Runs {@code command} in {@code workDir}; a tool that is missing or does not finish in time is unavailable. */
    public static Result run(List<String> command, Path workDir, Duration timeout) {
        String tool = Path.of(command.get(0)).getFileName().toString();
        try {
            Path out = Files.createTempFile(workDir, tool, ".out");
            Path err = Files.createTempFile(workDir, tool, ".err");
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new RecordingUnavailable(tool + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RecordingUnavailable(tool + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordingUnavailable("interrupted while running " + tool, e);
        }
    }
}
