package io.callreview.coaching.rules;

import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.events.RepResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rep's skill at one behaviour, derived from its whole history: the decided verdicts of their calls say whether they
 * do it, their answers what they know; both are memory reviews (FSRS), and both place them on the competence ladder.
 * Derived from the whole history, so a replaced or late verdict or answer changes the skill exactly as if the history
 * had always been what it is now; a call later than every review so far extends the skill instead, with the same
 * result (FSRS replays reviews in time order, and the stage looks only at the recent calls).
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

    /** How many of the latest decided calls count as recent. */
    public int recentWindow() {
        return recentWindow;
    }

    /**
     * @param decided      the decided verdicts, oldest first; at least one
     * @param answers      the rep's answers about the behaviour, oldest first
     * @param trainingDone when the rep went through a training unit on it
     */
    public Skill derive(List<Observation> decided, List<Answer> answers, List<Instant> trainingDone) {
        int met = (int) decided.stream().filter(Observation::met).count();
        List<Fsrs.Review> reviews = new ArrayList<>();
        decided.forEach(v -> reviews.add(review(v)));
        answers.stream().filter(a -> a.grade() != null).forEach(a -> reviews.add(new Fsrs.Review(a.at(), a.grade())));
        Progress progress = new Progress(decided.size(), met, fsrs.replay(reviews),
                reviews.stream().map(Fsrs.Review::at).max(Comparator.naturalOrder()).orElseThrow());
        return skill(progress, decided, answers, trainingDone, metByCall(decided));
    }

    /**
     * The skill once one more call is known, without its whole history: equal to {@link #derive} over the history with
     * that call added, provided the call is later than every review so far (so it is the last review the memory
     * replays, and the last of the recent calls).
     *
     * @param before       the skill before the call
     * @param latest       the call's verdict when decided; empty when it is not, which leaves the counts and memory
     * @param decidedTail  decided verdicts, oldest first, the call's own last when decided: at least the latest recent
     *                     window's worth (or all there are), and every decided call the answers refer to
     */
    public Skill extend(Progress before, Optional<Observation> latest, List<Observation> decidedTail, List<Answer> answers,
                        List<Instant> trainingDone) {
        Progress progress = latest.map(call -> new Progress(before.reviews() + 1, before.met() + (call.met() ? 1 : 0),
                        fsrs.review(before.memory(), Days.between(before.lastReviewAt(), call.at()), review(call).grade()),
                        call.at()))
                .orElse(before);
        return skill(progress, decidedTail, answers, trainingDone, metByCall(decidedTail));
    }

    /** The counts and memory of a history, which a later call extends. */
    public record Progress(int reviews, int met, Fsrs.MemoryState memory, Instant lastReviewAt) {
    }

    /** From the counts and memory of the whole history, its latest decided calls and what the answers show. */
    private Skill skill(Progress progress, List<Observation> decidedTail, List<Answer> answers, List<Instant> trainingDone,
                        Map<String, Boolean> metByCall) {
        List<Observation> recent = decidedTail.subList(Math.max(0, decidedTail.size() - recentWindow), decidedTail.size());
        int recentMet = (int) recent.stream().filter(Observation::met).count();
        List<Insight> insights = insights(answers, metByCall);
        trainingDone.forEach(doneAt -> insights.add(new Insight(doneAt, Insight.Kind.COMPLETED_TRAINING, null)));
        CompetenceStages.Assessment assessment = stages.assess(decidedTail, insights);
        return new Skill(progress.reviews(), progress.met(), recent.size(), recentMet, progress.memory(),
                progress.lastReviewAt(), assessment, insights.stream().anyMatch(Insight::seesGap));
    }

    private static Fsrs.Review review(Observation call) {
        return new Fsrs.Review(call.at(), call.met() ? Fsrs.Grade.GOOD : Fsrs.Grade.AGAIN);
    }

    private static Map<String, Boolean> metByCall(List<Observation> decided) {
        return decided.stream().collect(Collectors.toMap(Observation::callId, Observation::met, (a, b) -> b));
    }

    private static List<Insight> insights(List<Answer> answers, Map<String, Boolean> metByCall) {
        List<Insight> insights = new ArrayList<>();
        for (Answer answer : answers) {
            Boolean actuallyMet = answer.callId() == null ? null : metByCall.get(answer.callId());
            Insight.of(answer.kind(), answer.selfAssessment(), answer.grade(), actuallyMet)
                    .ifPresent(kind -> insights.add(new Insight(answer.at(), kind, answer.callId())));
        }
        return insights;
    }
}
