package io.callreview.scorecard.suggestion;

import io.callreview.scorecard.transcript.Role;
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

    private MomentQuotes() {
    }

    /** What the rep (or, failing that, anyone) was saying at {@code atMs}. */
    static Optional<String> at(List<Segment> segments, long atMs) {
        Segment best = null;
        for (Segment segment : segments) {
            boolean covers = segment.startMs() <= atMs && atMs <= segment.endMs() + TOLERANCE_MS;
            if (covers && (best == null || segment.role() == Role.REP && best.role() != Role.REP)) {
                best = segment;
            }
        }
        return Optional.ofNullable(best).map(segment -> sentenceAt(segment, atMs)).filter(text -> text.length() >= 3);
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
