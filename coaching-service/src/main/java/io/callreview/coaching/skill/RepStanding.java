package io.callreview.coaching.skill;

import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingRecord;
import io.callreview.coaching.peer.MentorFinder;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.Diagnoses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the steps of one event (focus, training, mentoring, path, nudges) know about a locked rep once their skill
 * states are recomputed, read once and handed from step to step instead of each step reading it again: the skill
 * states (the managed entities, so a step that moves the focus is seen by the next), the number of scored calls, the
 * active plan, each behaviour's diagnosis with the peers it looked at, the training units (the managed entities
 * too, so a unit one step assigns or ends is seen by the next) and the rep's pairings as mentee (a pairing one step
 * makes is added for the next).
 * <p>
 * None of the rest change while the steps run: they write training units, pairings, paths and nudges, and of the
 * skill states only the focus; never verdicts, answers or plans. After recomputing again, make a new standing.
 */
public final class RepStanding {

    private final Rep rep;
    private final Map<String, SkillState> states = new TreeMap<>();
    private final MentorFinder.Memo peers = new MentorFinder.Memo();
    private final Map<String, Diagnoses.Diagnosis> diagnoses = new HashMap<>();
    private final Map<Integer, Long> scoredCallsUpTo = new HashMap<>();
    private Optional<CoachingPlan> activePlan;
    private TrainingRecord training;
    private List<MentoringPairing> pairingsAsMentee;

    RepStanding(Rep rep, Collection<SkillState> states, TrainingRecord training) {
        this.rep = rep;
        this.training = training;
        states.forEach(state -> this.states.put(state.behaviourKey, state));
    }

    public Rep rep() {
        return rep;
    }

    public String repId() {
        return rep.repId;
    }

    /** The rep's skill states, by behaviour key. */
    public List<SkillState> states() {
        return List.copyOf(states.values());
    }

    public Optional<SkillState> state(String behaviourKey) {
        return Optional.ofNullable(states.get(behaviourKey));
    }

    /** The rep's scored calls, counted no further than {@code atMost}, so the count costs the same after years of calls. */
    public long scoredCallsUpTo(int atMost) {
        return scoredCallsUpTo.computeIfAbsent(atMost, limit -> ScoredCall.countForRepUpTo(rep.repId, limit));
    }

    /** The rep's training units, which the steps may add to or end. */
    public TrainingRecord training() {
        if (training == null) {
            training = TrainingRecord.of(rep.repId);
        }
        return training;
    }

    /** The rep's mentoring pairings as mentee, whatever their status. */
    public List<MentoringPairing> pairingsAsMentee() {
        return List.copyOf(menteePairings());
    }

    /** A pairing a step just made for the rep as mentee. */
    public void paired(MentoringPairing pairing) {
        menteePairings().add(pairing);
    }

    private List<MentoringPairing> menteePairings() {
        if (pairingsAsMentee == null) {
            pairingsAsMentee = new ArrayList<>(MentoringPairing.asMentee(rep.repId));
        }
        return pairingsAsMentee;
    }

    public Optional<CoachingPlan> activePlan() {
        if (activePlan == null) {
            activePlan = CoachingPlan.activeFor(rep.repId);
        }
        return activePlan;
    }

    /** The peers the diagnoses of this standing looked at, for a step that ranks the same peers. */
    public MentorFinder.Memo peers() {
        return peers;
    }

    Diagnoses.Diagnosis diagnosis(String behaviourKey, Function<String, Diagnoses.Diagnosis> diagnose) {
        return diagnoses.computeIfAbsent(behaviourKey, diagnose);
    }
}
