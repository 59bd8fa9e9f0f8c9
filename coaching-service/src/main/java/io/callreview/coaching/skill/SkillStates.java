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
import java.util.Collection;
import java.util.List;
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

        SkillDerivation.Skill skill = derivation.derive(
                decided.stream().map(v -> new Observation(v.callId, v.callStartedAt, v.met())).toList(),
                RepAnswer.about(rep.repId, behaviourKey).stream()
                        .map(a -> new SkillDerivation.Answer(a.respondedAt, a.kind, a.selfAssessment, a.grade, a.callId)).toList(),
                TrainingUnit.completions(rep.repId, behaviourKey));
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
