package io.callreview.scorecard.speech;

import io.callreview.scorecard.audio.ExternalProcess;
import io.callreview.scorecard.audio.RecordingUnavailable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The offline engine: Debian's {@code pocketsphinx_continuous} with the {@code pocketsphinx-en-us} model, run as a
 * process per channel, so no model is downloaded at run time. Accuracy is modest; a Whisper-class server
 * ({@link OpenAiTranscriber}) is the production choice.
 */
public class PocketsphinxTranscriber implements Transcriber {

    private final String command;
    private final Duration timeout;

    public PocketsphinxTranscriber(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    @Override
    public List<SpokenText> transcribe(Path wav) {
        ExternalProcess.Result result = ExternalProcess.run(List.of(command, "-infile", wav.toString(), "-time",
                "yes"), wav.getParent(), timeout);
        if (!result.succeeded()) {
            throw new RecordingUnavailable("pocketsphinx failed with exit code " + result.exitCode() + ": "
                    + result.stderrTail());
        }
        return PocketsphinxOutput.parse(result.stdout());
    }
}
