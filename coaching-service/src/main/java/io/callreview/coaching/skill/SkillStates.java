package io.callreview.coaching.skill;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.CompetenceStages.SelfCheck;
import io.callreview.coaching.rules.CompetenceStages;
import io.callreview.coaching.rules.Days;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.Texts;
import io.callreview.events.RepResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Derives a rep's skill state at a behaviour from the stored verdict history, never incrementally: a
 * coach's revision that replaces an automatic grade, or a call that arrives out of order, then changes
 * the state exactly as if the history had always been what it is now. Nothing is counted twice.
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

        Fsrs.MemoryState memory = null;
        Instant previous = null;
        for (CallVerdict verdict : decided) {
            double elapsedDays = previous == null ? 0 : Days.between(previous, verdict.callStartedAt);
            memory = fsrs.review(memory, elapsedDays, verdict.met() ? Fsrs.Grade.GOOD : Fsrs.Grade.AGAIN);
            previous = verdict.callStartedAt;
        }
        state.stability = memory.stability();
        state.difficulty = memory.difficulty();
        state.lastReviewAt = lastDecided.callStartedAt;
        state.lastVerdict = lastDecided.verdict;
        state.lastCallType = lastDecided.callType;

        int window = config.competence().recentWindow();
        List<CallVerdict> recent = decided.subList(Math.max(0, decided.size() - window), decided.size());
        state.reviews = decided.size();
        state.met = (int) decided.stream().filter(CallVerdict::met).count();
        state.missed = state.reviews - state.met;
        state.recentReviews = recent.size();
        state.recentMet = (int) recent.stream().filter(CallVerdict::met).count();

        Map<String, Boolean> metByCall = decided.stream()
                .collect(Collectors.toMap(v -> v.callId, CallVerdict::met, (a, b) -> b));
        List<RepAnswer> answers = RepAnswer.about(rep.repId, behaviourKey);
        List<SelfCheck> selfChecks = answers.stream()
                .filter(a -> a.kind == RepResponse.Kind.SELF_ASSESSMENT && a.selfAssessment != null)
                .filter(a -> a.callId != null && metByCall.containsKey(a.callId))
                .map(a -> new SelfCheck(a.callId, a.respondedAt, a.selfAssessment, metByCall.get(a.callId)))
                .toList();
        boolean acknowledgedFeedback = answers.stream().anyMatch(a -> a.kind == RepResponse.Kind.ACKNOWLEDGED);
        List<Observation> observations = decided.stream()
                .map(v -> new Observation(v.callId, v.callStartedAt, v.met()))
                .toList();
        CompetenceStages.Assessment assessment = stages.assess(observations, selfChecks, acknowledgedFeedback);
        state.stage = assessment.stage();
        state.stageBasis = Texts.truncate(assessment.basis(), 1000);
        state.gapAcknowledged = acknowledgedFeedback || selfChecks.stream()
                .anyMatch(check -> !check.actuallyMet() && check.answer() != RepResponse.SelfAssessment.YES);
        state.updatedAt = clock.instant();
        if (existing.isEmpty()) {
            state.persist();
        }
        return Optional.of(state);
    }
}
