package io.callreview.scorecard.transcript;

import java.util.List;

/**
 * A parsed transcript in time order. {@code timingEstimated} is true when the source carried no
 * timestamps (plain {@code Speaker: text} lines) and positions were estimated from word counts.
 */
public record Transcript(List<Segment> segments, boolean timingEstimated) {

    public static final String UNKNOWN_SPEAKER = "Unknown";

    public Transcript {
        segments = List.copyOf(segments);
    }

    public long endMs() {
        return segments.stream().mapToLong(Segment::endMs).max().orElse(0);
    }

    /** Whether some utterance is the rep's (named in the participants, or the rep's channel of a recording). */
    public boolean repSpoke() {
        return segments.stream().anyMatch(segment -> segment.role() == Role.REP);
    }

    public int wordCount() {
        int words = 0;
        for (Segment segment : segments) {
            words += Words.count(segment.text());
        }
        return words;
    }
}
