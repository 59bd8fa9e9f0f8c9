package io.callreview.coaching.skill;

import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rules.FocusChoice;
import io.callreview.events.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps each rep on at most a few focus behaviours at once. A coach's active plan decides them; without
 * one, the focus the coach picked in their latest review leads (while it is a gap), and the most valuable gaps
 * (weight x gap) fill the other places and stay until they are no longer gaps, so the rep is not switched from one
 * behaviour to another after every call.
 */
@ApplicationScoped
public class FocusPolicy {

    /** Most valuable first (weight x gap), then by key. */
    public static final Comparator<SkillState> MOST_VALUABLE_FIRST =
            Comparator.comparing(FocusPolicy::candidate, FocusChoice.MOST_VALUABLE_FIRST);

    @Inject
    FocusChoice choice;

    @Inject
    Clock clock;

    /** Re-derives the focus flags of a locked rep's skill states. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(RepStanding standing) {
        List<SkillState> states = standing.states();
        Instant now = clock.instant();
        Optional<CoachingPlan> plan = standing.activePlan();
        Set<String> chosen = plan.isPresent() ? Set.copyOf(plan.get().focusBehaviours)
                : choice.refresh(states.stream().map(FocusPolicy::candidate).toList(), ScoredCall.latestCoachFocus(standing.repId()));
        for (SkillState state : states) {
            state.focusSince = chosen.contains(state.behaviourKey) ? (state.focusSince != null ? state.focusSince : now) : null;
        }
    }

    /** The rep's focus behaviours as the standing's skill states have them now: the active plan's, or the automatic ones. */
    public Set<String> focusKeys(RepStanding standing) {
        if (standing.activePlan().isPresent()) {
            return new LinkedHashSet<>(standing.activePlan().get().focusBehaviours);
        }
        Set<String> keys = new LinkedHashSet<>();
        standing.states().stream().filter(SkillState::isFocus).forEach(s -> keys.add(s.behaviourKey));
        return keys;
    }

    /** The rep's focus behaviours: the active plan's, or the automatic ones. */
    public Set<String> focusKeys(String repId) {
        Optional<CoachingPlan> plan = CoachingPlan.activeFor(repId);
        if (plan.isPresent()) {
            return new LinkedHashSet<>(plan.get().focusBehaviours);
        }
        Set<String> keys = new LinkedHashSet<>();
        SkillState.forRep(repId).stream().filter(SkillState::isFocus).forEach(s -> keys.add(s.behaviourKey));
        return keys;
    }

    /**
     * The behaviour to bring to a call of a type: the most valuable focus behaviour graded on that call
     * type, else its most valuable gap; never one at the target.
     */
    public Optional<SkillState> forCallType(String repId, String callType, Set<String> focusKeys) {
        Set<String> onCallType = Set.copyOf(CallVerdict.behavioursOnCallType(repId, callType));
        List<SkillState> candidates = SkillState.forRep(repId).stream()
                .filter(s -> onCallType.contains(s.behaviourKey) && !s.atTarget())
                .toList();
        Optional<SkillState> focused = candidates.stream().filter(s -> focusKeys.contains(s.behaviourKey)).min(MOST_VALUABLE_FIRST);
        return focused.isPresent() ? focused : candidates.stream().filter(this::isGap).min(MOST_VALUABLE_FIRST);
    }

    /** Whether a behaviour still needs work: not at the target, and below the competent adherence or lapsed on the latest call. */
    public boolean isGap(SkillState state) {
        return choice.isGap(candidate(state));
    }

    private static FocusChoice.Candidate candidate(SkillState state) {
        return new FocusChoice.Candidate(state.behaviourKey, state.weight, state.recentAdherence(), state.atTarget(),
                state.lastVerdict == Verdict.MISSED, state.isFocus());
    }
}
