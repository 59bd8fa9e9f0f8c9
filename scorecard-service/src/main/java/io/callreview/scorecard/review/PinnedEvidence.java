package io.callreview.scorecard.review;

import io.callreview.events.Evidence;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import java.text.BreakIterator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What was said at the moments a coach pinned to a behaviour: in the coach's revision they are that behaviour's
 * evidence, in place of the grader's quotes, so that the rep's feedback quotes the words the coach pointed at.
 */
final class PinnedEvidence {

    private PinnedEvidence() {
    }

    /** Per behaviour key, the excerpts at its pinned moments in time order; behaviours without a pin are absent. */
    static Map<String, List<Evidence>> byBehaviour(List<Moment> moments, List<Segment> segments) {
        if (moments == null || segments.isEmpty()) {
            return Map.of();
        }
        return moments.stream()
                .filter(moment -> moment.behaviourKey() != null && !moment.behaviourKey().isBlank())
                .sorted(Comparator.comparingLong(Moment::atMs))
                .collect(Collectors.groupingBy(Moment::behaviourKey, LinkedHashMap::new, Collectors.collectingAndThen(
                        Collectors.toList(), pins -> pins.stream().map(pin -> at(pin.atMs(), segments))
                                .flatMap(Optional::stream).distinct().toList())));
    }

    /** The excerpt spoken at {@code atMs}: the segment under way then (a rep's, when two overlap), else the nearest one. */
    static Optional<Evidence> at(long atMs, List<Segment> segments) {
        Comparator<Segment> nearest = Comparator.comparingLong((Segment s) -> distance(atMs, s))
                .thenComparing(s -> s.role() != Role.REP)
                .thenComparingLong(Segment::startMs);
        return segments.stream().filter(s -> !s.text().isBlank()).min(nearest)
                .map(s -> new Evidence(s.startMs(), s.endMs(), s.speaker(), quote(s, atMs)));
    }

    private static long distance(long atMs, Segment segment) {
        if (atMs < segment.startMs()) {
            return segment.startMs() - atMs;
        }
        return Math.max(0, atMs - segment.endMs());
    }

    /** The segment's text, or in a long one the sentence being said at that moment (its place estimated from the time). */
    private static String quote(Segment segment, long atMs) {
        String text = segment.text().strip();
        if (text.length() <= Grader.QUOTE_LIMIT) {
            return text;
        }
        long span = Math.max(1, segment.endMs() - segment.startMs());
        double along = Math.max(0, Math.min(1, (atMs - segment.startMs()) / (double) span));
        int offset = (int) Math.min(text.length() - 1, Math.round(along * text.length()));
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.following(offset);
        int start = sentences.previous();
        String sentence = text.substring(start, end == BreakIterator.DONE ? text.length() : end).strip();
        return sentence.length() <= Grader.QUOTE_LIMIT ? sentence : sentence.substring(0, Grader.QUOTE_LIMIT - 3).strip() + "...";
    }
}
