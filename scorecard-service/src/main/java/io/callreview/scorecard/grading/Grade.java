package io.callreview.scorecard.grading;

import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.ConversationMetrics;
import java.util.List;

/**
 * A whole call's automatic grade. {@code overallScore} is the weighted percentage of MET among the behaviours
 * decided MET or MISSED (null when none is); {@code autoFailed} when a critical behaviour is MISSED;
 * {@code reviewRequired} when any behaviour needs a coach's eye.
 */
public record Grade(List<BehaviourGrade> behaviours, Double overallScore, boolean autoFailed, boolean reviewRequired,
                    ConversationMetrics metrics) {

    public Grade {
        behaviours = List.copyOf(behaviours);
    }

    public static Grade of(List<BehaviourGrade> behaviours, ConversationMetrics metrics) {
        double met = 0;
        double decided = 0;
        boolean autoFailed = false;
        boolean review = false;
        for (BehaviourGrade grade : behaviours) {
            double weight = grade.behaviour().weight();
            switch (grade.verdict()) {
                case MET -> {
                    met += weight;
                    decided += weight;
                }
                case MISSED -> {
                    decided += weight;
                    autoFailed |= grade.behaviour().critical();
                }
                case NEEDS_REVIEW -> review = true;
                case NOT_APPLICABLE -> {
                }
            }
        }
        Double score = decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
        return new Grade(behaviours, score, autoFailed, review, metrics);
    }

    public BehaviourGrade behaviour(String key) {
        return behaviours.stream().filter(b -> b.behaviour().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no behaviour " + key));
    }

    public long count(Verdict verdict) {
        return behaviours.stream().filter(b -> b.verdict() == verdict).count();
    }
}
