package io.callreview.scorecard.speech;

import io.callreview.scorecard.audio.RecordingUnavailable;
import io.callreview.devtools.SpokenAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Debian's pocketsphinx for real, on speech espeak-ng made: accuracy is poor, timing must be right. */
class PocketsphinxTranscriberTest {

    @TempDir
    static Path dir;

    private static Path wav;

    @BeforeAll
    static void speech() throws Exception {
        Path spoken = SpokenAudio.speech(dir, "spoken", "What budget have you set aside for this project?");
        wav = dir.resolve("speech16k.wav");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-i", spoken.toString(), "-ar", "16000", "-ac", "1",
                "-c:a", "pcm_s16le", wav.toString()).inheritIO().start();
        assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0).isTrue();
    }

    @Test
    void transcribesSpeechWithTimesInsideTheAudio() {
        long audioMs = Files.exists(wav) ? wavMillis(wav) : 0;
        List<SpokenText> spoken = new PocketsphinxTranscriber("pocketsphinx_continuous", Duration.ofMinutes(5)).transcribe(wav);

        assertThat(spoken).isNotEmpty();
        assertThat(String.join(" ", spoken.stream().map(SpokenText::text).toList())).matches("[a-z' ]+");
        assertThat(spoken).allSatisfy(s -> {
            assertThat(s.startMs()).isBetween(0L, s.endMs());
            assertThat(s.endMs()).isLessThanOrEqualTo(audioMs);
        });
    }

    @Test
    void anEngineThatIsMissingOrTooSlowIsUnavailable() {
        assertThatThrownBy(() -> new PocketsphinxTranscriber("no-such-pocketsphinx", Duration.ofSeconds(5)).transcribe(wav))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("could not be run");
        assertThatThrownBy(() -> new PocketsphinxTranscriber("pocketsphinx_continuous", Duration.ofMillis(1)).transcribe(wav))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("did not finish within");
    }

    @Test
    void aFailingEngineIsUnavailableWithWhatItPrinted() {
        Path notAudio = dir.resolve("missing.wav");
        assertThatThrownBy(() -> new PocketsphinxTranscriber("pocketsphinx_continuous", Duration.ofMinutes(1)).transcribe(notAudio))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("pocketsphinx failed with exit code");
    }

    /** 16 kHz mono 16-bit PCM after a 44-byte header. */
    private static long wavMillis(Path file) {
        try {
            return (Files.size(file) - 44) * 1000 / (16_000 * 2);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
