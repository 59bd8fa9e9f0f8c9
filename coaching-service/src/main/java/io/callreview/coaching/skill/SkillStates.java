package io.callreview.coaching.skill;

import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.SkillDerivation;
import io.callreview.coaching.rules.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a rep's skill state at a behaviour from the stored history, never incrementally: a coach's revision that
 * replaces an automatic grade, or a call or answer that arrives out of order, then changes the state exactly as if the
 * history had always been what it is now. Nothing is counted twice. Two signals stay apart: the calls say whether the
 * rep does it, the answers what they know; both are memory reviews.
 */
@ApplicationScoped
public class SkillStates {

    @Inject
    SkillDerivation derivation;

    @Inject
    Clock clock;

    /**
     * Recomputes the given behaviours of a locked rep and returns their standing afterwards (all their skill states).
     * The histories, answers and completed units of all the behaviours are read at once, one statement each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepStanding recompute(Rep rep, Collection<String> behaviourKeys) {
        Map<String, SkillState> states = new HashMap<>();
        SkillState.forRep(rep.repId).forEach(state -> states.put(state.behaviourKey, state));
        List<String> keys = behaviourKeys.stream().sorted().distinct().toList();
        Map<String, List<CallVerdict.Graded>> histories = CallVerdict.histories(rep.repId, keys);
        Map<String, List<RepAnswer>> answers = new HashMap<>();
        RepAnswer.aboutAny(rep.repId, keys).forEach(a -> answers.computeIfAbsent(a.behaviourKey, k -> new ArrayList<>()).add(a));
        Map<String, List<Instant>> completions = TrainingUnit.completions(rep.repId, keys);
        for (String key : keys) {
            recompute(rep, key, Optional.ofNullable(states.get(key)), histories.getOrDefault(key, List.of()),
                    answers.getOrDefault(key, List.of()), completions.getOrDefault(key, List.of()))
                    .ifPresentOrElse(state -> states.put(key, state), () -> states.remove(key));
        }
        return new RepStanding(rep, states.values());
    }

    /** A locked rep's standing as their skill states are, for steps that follow a change that left them as they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepStanding standing(Rep rep) {
        return new RepStanding(rep, SkillState.forRep(rep.repId));
    }

    private Optional<SkillState> recompute(Rep rep, String behaviourKey, Optional<SkillState> existing,
                                           List<CallVerdict.Graded> history, List<RepAnswer> answers, List<Instant> trainingDone) {
        List<CallVerdict.Graded> decided = history.stream().filter(v -> v.verdict().isDecided()).toList();
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
        CallVerdict.Graded latest = history.get(history.size() - 1);
        CallVerdict.Graded lastDecided = decided.get(decided.size() - 1);
        state.teamId = rep.teamId != null ? rep.teamId : latest.teamId();
        state.question = latest.question();
        state.category = latest.category();
        state.weight = latest.weight();
        state.lastVerdict = lastDecided.verdict();
        state.lastCallType = lastDecided.callType();

        SkillDerivation.Skill skill = derivation.derive(
                decided.stream().map(v -> new Observation(v.callId(), v.callStartedAt(), v.met())).toList(),
                answers.stream()
                        .map(a -> new SkillDerivation.Answer(a.respondedAt, a.kind, a.selfAssessment, a.grade, a.callId)).toList(),
                trainingDone);
        state.reviews = skill.reviews();
        state.met = skill.met();
        state.missed = state.reviews - state.met;
        state.recentReviews = skill.recentReviews();
        state.recentMet = skill.recentMet();
        state.stability = skill.memory().stability();
        state.difficulty = skill.memory().difficulty();
        state.lastReviewAt = skill.lastReviewAt();
        state.stage = skill.assessment().stage();
        state.consistent = skill.assessment().consistent();
        state.stageBasis = Texts.truncate(skill.assessment().basis(), 1000);
        state.gapAcknowledged = skill.gapAcknowledged();
        state.updatedAt = clock.instant();
        if (existing.isEmpty()) {
            state.persist();
        }
        return Optional.of(state);
    }
}
