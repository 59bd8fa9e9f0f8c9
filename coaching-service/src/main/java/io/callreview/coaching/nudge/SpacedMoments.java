package io.callreview.coaching.nudge;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.NudgeCopy;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.NudgeRules.TrainingStage;
import io.callreview.coaching.rules.PracticeItem;
import io.callreview.coaching.rules.ReminderComposer;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.coaching.rules.Training;
import io.callreview.coaching.rules.TrainingComposer;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.events.NudgeRequested.Kind;
import io.callreview.events.NudgeRequested.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spaced moments of each behaviour, one per review cycle ({@link NudgeRules#reinforcement}): a reinforcement of
 * a focus behaviour, or, after the rep went through a training unit on it, a quiz; nothing while a unit waits to be
 * done. Each answer is a review, so the next moment comes later the better the rep remembers. Callers hold the
 * rep's lock.
 */
@ApplicationScoped
class SpacedMoments {

    private static final List<Kind> SPACED = List.of(Kind.REINFORCEMENT, Kind.QUIZ);

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    @Inject
    RepDirectory reps;

    @Inject
    FocusPolicy focus;

    @Inject
    NudgePractice practice;

    @Inject
    Links links;

    @Transactional(Transactional.TxType.MANDATORY)
    void refresh(RepStanding standing, NudgeRules rules) {
        Rep rep = standing.rep();
        Set<String> focusKeys = focus.focusKeys(standing);
        RepCalendar calendar = reps.calendarOf(rep);
        Instant now = clock.instant();
        Map<String, TrainingUnit> openUnits = standing.training().openByBehaviour();
        Map<String, List<ScheduledNudge>> pendingByBehaviour = ScheduledNudge.pendingByBehaviour(rep.repId, SPACED);
        for (SkillState state : standing.states()) {
            Optional<TrainingUnit> unit = Optional.ofNullable(openUnits.get(state.behaviourKey));
            TrainingStage training = unit.map(u -> u.quizzing() ? TrainingStage.QUIZZING : TrainingStage.ASSIGNED)
                    .orElse(TrainingStage.NONE);
            List<ScheduledNudge> pending = pendingByBehaviour.getOrDefault(state.behaviourKey, List.of());
            boolean inFocus = focusKeys.contains(state.behaviourKey);
            // a behaviour out of focus and out of training is withdrawn below: no basis to compare
            String basis = training == TrainingStage.NONE && inFocus
                    ? ReinforcementBasis.of(state, standing.activePlan(), calendar) : null;
            if (basis != null && ReinforcementBasis.stillHolds(pending, basis, now)) {
                continue;
            }
            Optional<String> withdrawal = NudgeRules.reinforcementWithdrawal(state.behaviourKey, inFocus, state.atTarget(), training,
                    () -> ScheduledNudge.spacedSentSince(rep.repId, state.behaviourKey, state.lastReviewAt),
                    () -> ScheduledNudge.feedbackSince(rep.repId, state.behaviourKey, state.lastReviewAt));
            if (withdrawal.isPresent()) {
                pending.forEach(n -> n.withdraw(withdrawal.get(), now));
                continue;
            }
            Optional<TrainingUnit> quizzing = unit.filter(TrainingUnit::quizzing);
            Instant from = quizzing.map(u -> u.doneAt.isAfter(state.lastReviewAt) ? u.doneAt : state.lastReviewAt)
                    .orElse(state.lastReviewAt);
            NudgeRules.Reinforcement due = rules.reinforcement(from, state.stability, now, calendar);
            plan(standing, state, quizzing, due, pending, calendar, now).ifPresent(nudge -> nudge.planBasis = basis);
        }
    }

    /**
     * Plans the moment into the pending one it replaces, or a new one; at most one per behaviour and working day, so
     * none when the day's has gone out already.
     */
    private Optional<ScheduledNudge> plan(RepStanding standing, SkillState state, Optional<TrainingUnit> quizzing, NudgeRules.Reinforcement due,
                      List<ScheduledNudge> pending, RepCalendar calendar, Instant now) {
        Rep rep = standing.rep();
        LocalDate day = calendar.workingDay(due.timing().dueAt());
        String key = quizzing.isPresent() ? NudgeRules.quizKey(rep.repId, state.behaviourKey, day)
                : NudgeRules.reinforcementKey(rep.repId, state.behaviourKey, day);
        Optional<ScheduledNudge> sameKey = ScheduledNudge.byDedupeKey(key);
        Optional<ScheduledNudge> reuse = pending.stream().findFirst();
        if (sameKey.isPresent() && (reuse.isEmpty() || !sameKey.get().id.equals(reuse.get().id))) {
            if (sameKey.get().status != NudgeStatus.PENDING) {
                pending.forEach(n -> n.withdraw(NudgeRules.alreadyReinforcedOn(day), now));
                return Optional.empty();
            }
            reuse = sameKey;
        }
        Optional<Long> kept = reuse.map(n -> n.id);
        pending.stream().filter(n -> kept.isEmpty() || !n.id.equals(kept.get()))
                .forEach(n -> n.withdraw(NudgeRules.REPLACED_REINFORCEMENT, now));
        PracticeItem item = practice.pick(state, calendar.zone(), reuse,
                quizzing.isPresent() ? NudgePractice.QUIZ : NudgePractice.REINFORCEMENT);
        ReminderComposer.Behaviour behaviour = new ReminderComposer.Behaviour(state.behaviourKey, state.question,
                state.recentMet, state.recentReviews);
        NudgeCopy copy = quizzing.isPresent()
                ? TrainingComposer.quiz(behaviour, due, item, rightInARow(quizzing.get()), config.training().quizzesToPass(), links)
                : followingUpPlan(standing, state.behaviourKey, ReminderComposer.reinforcement(behaviour, due, item, links));
        ScheduledNudge nudge = ScheduledNudge.plan(rep, key, reuse, new NudgeDraft(quizzing.isPresent() ? Kind.QUIZ : Kind.REINFORCEMENT,
                quizzing.isPresent() ? Priority.NORMAL : Priority.LOW, false, state.behaviourKey, null, state.lastCallType, copy,
                due.timing(), true), now);
        NudgePractice.offer(nudge, state.behaviourKey, item, now);
        return Optional.of(nudge);
    }

    private static NudgeCopy followingUpPlan(RepStanding standing, String behaviourKey, NudgeCopy reminder) {
        return standing.activePlan().filter(plan -> plan.focusBehaviours.contains(behaviourKey))
                .map(plan -> ReminderComposer.followingUp(reminder, plan.id, plan.solution))
                .orElse(reminder);
    }

    private static int rightInARow(TrainingUnit unit) {
        return Training.rightInARow(RepAnswer.quizGradesSince(unit.repId, unit.behaviourKey, unit.doneAt));
    }
}
