package io.callreview.scorecard.recording;

import io.callreview.scorecard.speech.SpokenText;
import io.callreview.scorecard.transcript.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReviewNotesTest {

    private static final Transcript TRANSCRIPT = new Transcript(List.of(), false);

    @Test
    void theRecognitionConfidenceIsTheMeanOverEveryWordOfEveryChannel() {
        List<ChannelSpeech> channels = List.of(
                new ChannelSpeech(0, List.of(new SpokenText(0, 1_000, "what budget do you have", null, 0.4))),
                new ChannelSpeech(1, List.of(new SpokenText(1_000, 2_000, "fifty thousand", null, 0.9),
                        new SpokenText(2_000, 3_000, "maybe", null, null))));

        assertThat(RecordingTranscriber.recognitionConfidence(channels)).isCloseTo((0.4 * 5 + 0.9 * 2) / 7, within(1e-9));
        assertThat(RecordingTranscriber.recognitionConfidence(List.of(new ChannelSpeech(0,
                List.of(new SpokenText(0, 1_000, "hello there", "SPEAKER_00")))))).as("a recogniser that does not say").isNull();
    }

    @Test
    void aRecordingHeardUnsurelyOrInMonoTellsTheCoachAndOneHeardWellSaysNothing() {
        assertThat(ReviewNotes.of(new RecordingTranscriber.Result(TRANSCRIPT, 60, false, 0.82), 0.5)).isNull();
        assertThat(ReviewNotes.of(new RecordingTranscriber.Result(TRANSCRIPT, 60, false, null), 0.5)).isNull();
        assertThat(ReviewNotes.of(new RecordingTranscriber.Result(TRANSCRIPT, 60, false, 0.38), 0.5))
                .isEqualTo("speech recognition was unsure of the recording's words (mean confidence 0.38, below 0.50): the"
                        + " transcript may not say what was said, so a coach should listen before trusting the grade");
        assertThat(ReviewNotes.of(new RecordingTranscriber.Result(TRANSCRIPT, 60, true, 0.38), 0.5))
                .startsWith(SpeakerAttribution.MONO_REVIEW + "; speech recognition was unsure");
    }
}
