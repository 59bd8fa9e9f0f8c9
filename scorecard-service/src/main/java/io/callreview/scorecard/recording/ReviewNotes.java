package io.callreview.scorecard.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a coach should know about a call transcribed from its recording before trusting its grade: that the speakers
 * could not be told apart (a mono recording), or that the recogniser was unsure of its words, so the transcript may
 * not say what was said. Null when there is nothing to know.
 */
final class ReviewNotes {

    private ReviewNotes() {
    }

    static String of(RecordingTranscriber.Result result, double minRecognitionConfidence) {
        List<String> notes = new ArrayList<>();
        if (result.mono()) {
            notes.add(SpeakerAttribution.MONO_REVIEW);
        }
        Double confidence = result.recognitionConfidence();
        if (confidence != null && confidence < minRecognitionConfidence) {
            notes.add(String.format(Locale.ROOT, "speech recognition was unsure of the recording's words (mean confidence"
                    + " %.2f, below %.2f): the transcript may not say what was said, so a coach should listen before"
                    + " trusting the grade", confidence, minRecognitionConfidence));
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
