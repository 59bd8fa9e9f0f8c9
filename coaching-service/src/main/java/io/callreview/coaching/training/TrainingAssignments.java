package io.callreview.coaching.training;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.BehaviourGuide;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingStatus;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.peer.PeerMoments;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.Reflections;
import io.callreview.coaching.rules.Texts;
import io.callreview.coaching.rules.Training;
import io.callreview.coaching.rules.TrainingComposer;
import io.callreview.coaching.skill.Diagnosing;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.events.NudgeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Training as an action: where the diagnosis is training, a unit is assigned (the most valuable gaps first, a few at
 * a time) and the rep is told; a unit no longer needed before it was done is withdrawn; one whose quizzes were
 * answered right often enough in a row is passed. Callers hold the rep's lock.
 */
@ApplicationScoped
public class TrainingAssignments {

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    @Inject
    Diagnosing diagnosing;

    @Inject
    PeerMoments peers;

    @Inject
    NudgePlanner nudges;

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(RepStanding standing) {
        Rep rep = standing.rep();
        Instant now = clock.instant();
        List<TrainingUnit> units = standing.training().units();
        standing.training().openByBehaviour().values().forEach(unit -> settle(standing, unit, now));
        Set<String> hadUnit = units.stream().map(unit -> unit.behaviourKey).collect(Collectors.toSet());
        List<String> assign = Training.toAssign(
                standing.states().stream().sorted(FocusPolicy.MOST_VALUABLE_FIRST).map(s -> s.behaviourKey).toList(),
                hadUnit::contains,
                key -> diagnosis(standing, key).approach() == Approach.TRAINING,
                units.stream().filter(TrainingUnit::open).count(), config.training().maxOpenUnits());
        assign.forEach(key -> standing.training().add(assign(rep, standing.state(key).orElseThrow(), diagnosis(standing, key), now)));
    }

    private Diagnoses.Diagnosis diagnosis(RepStanding standing, String behaviourKey) {
        return diagnosing.diagnose(standing, standing.state(behaviourKey).orElseThrow());
    }

    /**
     * Withdraws a unit not done yet whose behaviour reached the target, is no longer a knowledge gap or is no longer
     * graded by any call that counts (a skill state goes with its last decided verdict); passes one whose quizzes were
     * answered right.
     */
    private void settle(RepStanding standing, TrainingUnit unit, Instant now) {
        Optional<SkillState> graded = standing.state(unit.behaviourKey);
        Optional<Training.End> ending = graded.isEmpty() ? Training.endingWithoutCalls(unit.quizzing())
                : graded.flatMap(state -> Training.ending(unit.quizzing(), state.atTarget(),
                        () -> diagnosing.diagnoseWithoutPeers(standing, state),
                        () -> RepAnswer.quizGradesSince(unit.repId, unit.behaviourKey, unit.doneAt), config.training().quizzesToPass()));
        ending.ifPresent(end -> end(unit, end, now));
    }

    private void end(TrainingUnit unit, Training.End end, Instant now) {
        unit.status = end.ending() == Training.Ending.PASSED ? TrainingStatus.PASSED : TrainingStatus.WITHDRAWN;
        unit.endReason = Texts.truncate(end.reason(), 1000);
        unit.endedAt = now;
        unit.updatedAt = now;
        if (unit.status == TrainingStatus.WITHDRAWN) {
            nudges.withdrawNotice(noticeKey(unit), "the training unit was withdrawn. " + end.reason());
        }
    }

    private static String noticeKey(TrainingUnit unit) {
        return "training:" + unit.id;
    }

    private TrainingUnit assign(Rep rep, SkillState state, Diagnoses.Diagnosis diagnosis, Instant now) {
        Optional<BehaviourGuide> guide = BehaviourGuide.find(state.teamId, state.lastCallType, state.behaviourKey);
        TrainingUnit unit = new TrainingUnit();
        unit.id = UUID.randomUUID().toString();
        unit.repId = rep.repId;
        unit.teamId = rep.teamId;
        unit.behaviourKey = state.behaviourKey;
        unit.callType = state.lastCallType;
        unit.question = state.question;
        unit.status = TrainingStatus.ASSIGNED;
        unit.reason = Texts.truncate(diagnosis.reason(), 1000);
        unit.guidance = guide.map(g -> g.guidance).orElse(null);
        unit.guidancePoints = Reflections.guidancePoints(unit.guidance);
        unit.examples = guide.map(g -> g.examples).orElse(List.of());
        unit.peerMoments = peers.forRep(rep.repId, rep.teamId, state.behaviourKey, config.training().peerMoments());
        unit.assignedAt = now;
        unit.updatedAt = now;
        unit.persist();
        TrainingComposer.Unit facts = new TrainingComposer.Unit(unit.behaviourKey, unit.question, unit.guidancePoints.size(),
                unit.examples.size(), unit.peerMoments.size(), diagnosis.forRep());
        nudges.notice(rep, noticeKey(unit), NudgeRequested.Kind.TRAINING, unit.behaviourKey, unit.callType,
                TrainingComposer.assigned(facts, config.training().url().replace("{unitId}", unit.id)));
        return unit;
    }
}
