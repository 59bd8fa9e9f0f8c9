package io.callreview.coaching.rules;

import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.events.RepResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rep's skill at one behaviour, derived from its whole history: the decided verdicts of their calls say whether they
 * do it, their answers what they know; both are memory reviews (FSRS), and both place them on the competence ladder.
 * Never incremental, so a replaced or late verdict or answer changes the skill exactly as if the history had always
 * been what it is now.
 */
public final class SkillDerivation {

    /** An answer of the rep about the behaviour; {@code grade} is null when it is no memory review. */
    public record Answer(Instant at, RepResponse.Kind kind, RepResponse.SelfAssessment selfAssessment, Fsrs.Grade grade,
                         String callId) {
    }

    /** What the history shows: the counts, the memory after every review, and the stage. */
    public record Skill(int reviews, int met, int recentReviews, int recentMet, Fsrs.MemoryState memory, Instant lastReviewAt,
                        CompetenceStages.Assessment assessment, boolean gapAcknowledged) {
    }

    private final Fsrs fsrs;
    private final CompetenceStages stages;
    private final int recentWindow;

    public SkillDerivation(Fsrs fsrs, CompetenceStages stages, int recentWindow) {
        this.fsrs = fsrs;
        this.stages = stages;
        this.recentWindow = recentWindow;
    }

    /**
     * @param decided      the decided verdicts, oldest first; at least one
     * @param answers      the rep's answers about the behaviour, oldest first
     * @param trainingDone when the rep went through a training unit on it
     */
    public Skill derive(List<Observation> decided, List<Answer> answers, List<Instant> trainingDone) {
        List<Observation> recent = decided.subList(Math.max(0, decided.size() - recentWindow), decided.size());
        int met = (int) decided.stream().filter(Observation::met).count();
        int recentMet = (int) recent.stream().filter(Observation::met).count();

        List<Fsrs.Review> reviews = new ArrayList<>();
        decided.forEach(v -> reviews.add(new Fsrs.Review(v.at(), v.met() ? Fsrs.Grade.GOOD : Fsrs.Grade.AGAIN)));
        answers.stream().filter(a -> a.grade() != null).forEach(a -> reviews.add(new Fsrs.Review(a.at(), a.grade())));
        Fsrs.MemoryState memory = fsrs.replay(reviews);
        Instant lastReviewAt = reviews.stream().map(Fsrs.Review::at).max(Comparator.naturalOrder()).orElseThrow();

        List<Insight> insights = insights(decided, answers);
        trainingDone.forEach(doneAt -> insights.add(new Insight(doneAt, Insight.Kind.COMPLETED_TRAINING, null)));
        CompetenceStages.Assessment assessment = stages.assess(decided, insights);
        return new Skill(decided.size(), met, recent.size(), recentMet, memory, lastReviewAt, assessment,
                insights.stream().anyMatch(Insight::seesGap));
    }

    private static List<Insight> insights(List<Observation> decided, List<Answer> answers) {
        Map<String, Boolean> metByCall = decided.stream().collect(Collectors.toMap(Observation::callId, Observation::met, (a, b) -> b));
        List<Insight> insights = new ArrayList<>();
        for (Answer answer : answers) {
            Boolean actuallyMet = answer.callId() == null ? null : metByCall.get(answer.callId());
            Insight.of(answer.kind(), answer.selfAssessment(), answer.grade(), actuallyMet)
                    .ifPresent(kind -> insights.add(new Insight(answer.at(), kind, answer.callId())));
        }
        return insights;
    }
}
