package io.callreview.scorecard.suggestion;

import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.transcript.Segment;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sentence spoken at a moment of a call, short enough to serve as an example of a behaviour. */
final class MomentQuotes {

    static final int MAX_LENGTH = 300;
    /** A pinned moment may fall in a pause just after the sentence it is about. */
    private static final long TOLERANCE_MS = 3_000;
    /** How soon after a pinned moment the behaviour's speaker may start for their words to be the moment's. */
    private static final long FOLLOWING_MS = 15_000;

    private MomentQuotes() {
    }

    /**
     * What the behaviour's speaker was saying at {@code atMs}, or began to say just after it: a coach may pin the
     * prospect's words that the rep then took up. Never what someone else said: it would teach the grader their words
     * as the behaviour's.
     */
    static Optional<String> at(List<Segment> segments, long atMs, RequiredSpeaker speaker) {
        Segment best = null;
        for (Segment segment : segments) {
            boolean covers = segment.startMs() <= atMs && atMs <= segment.endMs() + TOLERANCE_MS;
            boolean follows = segment.startMs() > atMs && segment.startMs() <= atMs + FOLLOWING_MS;
            if (speaker.accepts(segment.role()) && (covers || follows && best == null)) {
                best = segment;
                if (covers) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best).map(segment -> sentenceAt(segment, Math.max(atMs, segment.startMs())))
                .filter(text -> text.length() >= 3);
    }

    private static String sentenceAt(Segment segment, long atMs) {
        String text = segment.text().strip();
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        double share = segment.durationMs() == 0 ? 0 : (double) (atMs - segment.startMs()) / segment.durationMs();
        int offset = (int) Math.max(0, Math.min(text.length() - 1, share * text.length()));
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.following(offset);
        int start = sentences.previous();
        String sentence = text.substring(start, end == BreakIterator.DONE ? text.length() : end).strip();
        return sentence.length() <= MAX_LENGTH ? sentence : sentence.substring(0, MAX_LENGTH).strip();
    }
}
