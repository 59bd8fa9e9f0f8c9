package io.callreview.scorecard.audio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.devtools.SpokenAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ffprobe and ffmpeg for real, on recordings made by espeak-ng and ffmpeg. */
class AudioToolsTest {

    @TempDir
    static Path dir;

    private static Path stereo;

    @BeforeAll
    static void recordings() {
        stereo = SpokenAudio.stereoCall(dir, "Here is the agenda.", "Sounds good.", 2_500, 5);
    }

    @Test
    void probesWavMp3AndM4aWithTheirLengthAndChannels() {
        AudioTools tools = tools(Duration.ofHours(4));
        for (Path file : new Path[] {stereo, SpokenAudio.encoded(stereo, "call.mp3"), SpokenAudio.encoded(stereo, "call.m4a"),
                SpokenAudio.encoded(stereo, "call.mp4")}) {
            AudioInfo info = tools.probe(file);
            assertThat(info.channels()).as(file.toString()).isEqualTo(2);
            assertThat(info.durationSeconds()).as(file.toString()).isBetween(4.9, 5.2);
        }
    }

    @Test
    void refusesACorruptFileAnUnacceptedFormatAndATooLongRecording() throws Exception {
        Path corrupt = Files.write(dir.resolve("corrupt.wav"), SpokenAudio.corrupt());
        assertThatThrownBy(() -> tools(Duration.ofHours(4)).probe(corrupt)).isInstanceOf(RecordingRejected.class)
                .hasMessageStartingWith("the recording cannot be read as audio");
        Path ogg = SpokenAudio.encoded(stereo, "call.ogg");
        assertThatThrownBy(() -> tools(Duration.ofHours(4)).probe(ogg)).isInstanceOf(RecordingRejected.class)
                .hasMessageContaining("format 'ogg' is not accepted");
        assertThatThrownBy(() -> tools(Duration.ofSeconds(3)).probe(stereo)).isInstanceOf(RecordingRejected.class)
                .hasMessageContaining("at most 3 s are accepted");
    }

    @Test
    void splitsAChannelInto16kHzMonoAndTellsSilenceFromSpeech() {
        AudioTools tools = tools(Duration.ofHours(4));
        Path rep = dir.resolve("rep.16k.wav");
        tools.speechChannel(stereo, 0, rep);

        AudioInfo info = tools.probe(rep);
        assertThat(info.channels()).isEqualTo(1);
        assertThat(info.durationSeconds()).isBetween(4.9, 5.2);
        assertThat(tools.silent(rep)).isFalse();
        Path silence = dir.resolve("silence.16k.wav");
        tools.speechChannel(SpokenAudio.silence(dir, 2), 1, silence);
        assertThat(tools.silent(silence)).isTrue();
    }

    private static AudioTools tools(Duration maxDuration) {
        AudioTools tools = new AudioTools();
        tools.json = new ObjectMapper();
        tools.config = new AudioConfig() {
            public String ffmpeg() {
                return "ffmpeg";
            }

            public String ffprobe() {
                return "ffprobe";
            }

            public Duration maxDuration() {
                return maxDuration;
            }

            public Duration toolTimeout() {
                return Duration.ofMinutes(1);
            }

            public double silenceDb() {
                return -50;
            }
        };
        return tools;
    }
}
