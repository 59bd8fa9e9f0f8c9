package io.callreview.coaching.skill;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.CompetenceStages;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.Insight;
import io.callreview.coaching.rules.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Derives a rep's skill state at a behaviour from the stored history, never incrementally: a coach's revision that
 * replaces an automatic grade, or a call or answer that arrives out of order, then changes the state exactly as if the
 * history had always been what it is now. Nothing is counted twice. Two signals stay apart: the calls say whether the
 * rep does it, the answers what they know; both are memory reviews.
 */
@ApplicationScoped
public class SkillStates {

    @Inject
    Fsrs fsrs;

    @Inject
    CompetenceStages stages;

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    /** Recomputes the given behaviours of a locked rep; returns the states that exist afterwards. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SkillState> recompute(Rep rep, Collection<String> behaviourKeys) {
        return behaviourKeys.stream().sorted().distinct()
                .map(key -> recompute(rep, key))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<SkillState> recompute(Rep rep, String behaviourKey) {
        List<CallVerdict> history = CallVerdict.history(rep.repId, behaviourKey);
        List<CallVerdict> decided = history.stream().filter(v -> v.verdict.isDecided()).toList();
        Optional<SkillState> existing = SkillState.find(rep.repId, behaviourKey);
        if (decided.isEmpty()) {
            existing.ifPresent(SkillState::delete);
            return Optional.empty();
        }
        SkillState state = existing.orElseGet(() -> {
            SkillState created = new SkillState();
            created.repId = rep.repId;
            created.behaviourKey = behaviourKey;
            return created;
        });
        CallVerdict latest = history.get(history.size() - 1);
        CallVerdict lastDecided = decided.get(decided.size() - 1);
        state.teamId = rep.teamId != null ? rep.teamId : latest.teamId;
        state.question = latest.question;
        state.category = latest.category;
        state.weight = latest.weight;
        state.lastVerdict = lastDecided.verdict;
        state.lastCallType = lastDecided.callType;

        int window = config.competence().recentWindow();
        List<CallVerdict> recent = decided.subList(Math.max(0, decided.size() - window), decided.size());
        state.reviews = decided.size();
        state.met = (int) decided.stream().filter(CallVerdict::met).count();
        state.missed = state.reviews - state.met;
        state.recentReviews = recent.size();
        state.recentMet = (int) recent.stream().filter(CallVerdict::met).count();

        List<RepAnswer> answers = RepAnswer.about(rep.repId, behaviourKey);
        remember(state, decided, answers);
        List<Insight> insights = insights(decided, answers);
        TrainingUnit.completions(rep.repId, behaviourKey).forEach(doneAt -> insights.add(new Insight(doneAt, Insight.Kind.COMPLETED_TRAINING, null)));
        CompetenceStages.Assessment assessment = stages.assess(
                decided.stream().map(v -> new Observation(v.callId, v.callStartedAt, v.met())).toList(), insights);
        state.stage = assessment.stage();
        state.consistent = assessment.consistent();
        state.stageBasis = Texts.truncate(assessment.basis(), 1000);
        state.gapAcknowledged = insights.stream().anyMatch(Insight::seesGap);
        state.updatedAt = clock.instant();
        if (existing.isEmpty()) {
            state.persist();
        }
        return Optional.of(state);
    }

    /** The memory after every review: scored calls and graded answers, in time order. */
    private void remember(SkillState state, List<CallVerdict> decided, List<RepAnswer> answers) {
        List<Fsrs.Review> reviews = new ArrayList<>();
        decided.forEach(v -> reviews.add(new Fsrs.Review(v.callStartedAt, v.met() ? Fsrs.Grade.GOOD : Fsrs.Grade.AGAIN)));
        answers.stream().filter(a -> a.grade != null).forEach(a -> reviews.add(new Fsrs.Review(a.respondedAt, a.grade)));
        Fsrs.MemoryState memory = fsrs.replay(reviews);
        state.stability = memory.stability();
        state.difficulty = memory.difficulty();
        state.lastReviewAt = reviews.stream().map(Fsrs.Review::at).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<Insight> insights(List<CallVerdict> decided, List<RepAnswer> answers) {
        Map<String, Boolean> metByCall = decided.stream().collect(Collectors.toMap(v -> v.callId, CallVerdict::met, (a, b) -> b));
        List<Insight> insights = new ArrayList<>();
        for (RepAnswer answer : answers) {
            Boolean actuallyMet = answer.callId == null ? null : metByCall.get(answer.callId);
            Insight.of(answer.kind, answer.selfAssessment, answer.grade, actuallyMet)
                    .ifPresent(kind -> insights.add(new Insight(answer.respondedAt, kind, answer.callId)));
        }
        return insights;
    }
}
