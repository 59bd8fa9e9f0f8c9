package io.callreview.scorecard.grading;

import io.callreview.scorecard.domain.ConversationMetrics;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Words;
import java.util.List;

/** Measures a conversation from its transcript: talk time, questions, monologues, interruptions, patience, pace. */
final class ConversationMeasures {

    /** A pause longer than this means the speaker's turn ended, even without another speaker in between. */
    private static final long TURN_GAP_MS = 5_000;
    /** Pauses longer than this are not patience but silence (a screen share, a demo): they are not averaged. */
    private static final long PATIENCE_CAP_MS = 10_000;

    private ConversationMeasures() {
    }

    static ConversationMetrics of(IndexedTranscript indexed, long durationMs) {
        List<Segment> segments = indexed.transcript().segments();
        boolean estimated = indexed.transcript().timingEstimated();
        long rep = 0;
        long prospect = 0;
        long other = 0;
        int repWords = 0;
        for (Segment segment : segments) {
            switch (segment.role()) {
                case REP -> {
                    rep += segment.durationMs();
                    repWords += Words.count(segment.text());
                }
                case PROSPECT -> prospect += segment.durationMs();
                default -> other += segment.durationMs();
            }
        }
        int repQuestions = 0;
        int prospectQuestions = 0;
        for (Sentence sentence : indexed.sentences()) {
            if (sentence.question() && sentence.role() == Role.REP) {
                repQuestions++;
            } else if (sentence.question() && sentence.role() == Role.PROSPECT) {
                prospectQuestions++;
            }
        }
        Double ratio = rep + prospect == 0 ? null : Math.round(1000.0 * rep / (rep + prospect)) / 1000.0;
        Double pace = rep == 0 ? null : Math.round(10.0 * repWords / (rep / 60_000.0)) / 10.0;
        return new ConversationMetrics(durationMs, indexed.transcript().wordCount(), estimated, rep, prospect, other,
                ratio, repQuestions, prospectQuestions, longestMonologue(segments, Role.REP),
                longestMonologue(segments, Role.PROSPECT),
                estimated ? null : interruptions(segments), estimated ? null : patience(segments), pace);
    }

    private static long longestMonologue(List<Segment> segments, Role role) {
        long longest = 0;
        long start = -1;
        long end = -1;
        for (Segment segment : segments) {
            if (segment.role() == role && start >= 0 && segment.startMs() - end <= TURN_GAP_MS) {
                end = Math.max(end, segment.endMs());
            } else if (segment.role() == role) {
                start = segment.startMs();
                end = segment.endMs();
            } else {
                start = -1;
            }
            if (start >= 0) {
                longest = Math.max(longest, end - start);
            }
        }
        return longest;
    }

    private static int interruptions(List<Segment> segments) {
        int count = 0;
        for (int i = 1; i < segments.size(); i++) {
            Segment previous = segments.get(i - 1);
            Segment current = segments.get(i);
            if (current.role() == Role.REP && previous.role() == Role.PROSPECT && current.startMs() < previous.endMs()) {
                count++;
            }
        }
        return count;
    }

    private static Long patience(List<Segment> segments) {
        long total = 0;
        int pauses = 0;
        for (int i = 1; i < segments.size(); i++) {
            Segment previous = segments.get(i - 1);
            Segment current = segments.get(i);
            long pause = current.startMs() - previous.endMs();
            if (current.role() == Role.REP && previous.role() == Role.PROSPECT && pause >= 0 && pause <= PATIENCE_CAP_MS) {
                total += pause;
                pauses++;
            }
        }
        return pauses == 0 ? null : total / pauses;
    }
}
