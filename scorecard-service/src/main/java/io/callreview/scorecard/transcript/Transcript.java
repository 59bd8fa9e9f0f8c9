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

    public int wordCount() {
        int words = 0;
        for (Segment segment : segments) {
            words += Words.count(segment.text());
        }
        return words;
    }
}
