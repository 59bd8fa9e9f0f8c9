package io.callreview.coaching.nudge;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.FeedbackComposer;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.NudgeCopy;
import io.callreview.coaching.rules.NudgeRules.Timing;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.ReminderComposer;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.events.CallScheduled;
import io.callreview.events.NudgeRequested.Kind;
import io.callreview.events.NudgeRequested.Priority;
import jakarta.annotation.PostConstruct;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans the micro-moments of a rep into the persistent schedule: feedback right after a scored call,
 * spaced reinforcement of focus behaviours, a reminder before a scheduled call, and plan notices.
 * {@link NudgeRules} decides when and why, the composers word them; this loads what they need and keeps
 * one nudge per purpose (its dedupe key). Callers hold the rep's lock.
 */
@ApplicationScoped
public class NudgePlanner {

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    @Inject
    RepDirectory reps;

    @Inject
    FocusPolicy focus;

    @Inject
    Fsrs fsrs;

    @Inject
    Links links;

    private NudgeRules rules;

    @PostConstruct
    void configure() {
        CoachingConfig.Nudges nudges = config.nudges();
        rules = new NudgeRules(new NudgeRules.Thresholds(config.memory().targetRetention(), nudges.maxFocusBehaviours(),
                nudges.postCallExpiry(), nudges.reinforcementMinDelay(), nudges.reinforcementExpiry(), nudges.preCallLead()), fsrs);
    }

    /** At most one feedback nudge per call; a later revision rewrites it only while it has not gone out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterScoredCall(Rep rep, ScoredCall call) {
        String key = NudgeRules.postCallKey(call.callId);
        Optional<ScheduledNudge> existing = ScheduledNudge.byDedupeKey(key);
        if (existing.isPresent() && (existing.get().status == NudgeStatus.SENT || existing.get().status == NudgeStatus.SKIPPED)) {
            return;
        }
        Instant now = clock.instant();
        Optional<Timing> timing = rules.feedback(call.callStartedAt, now, reps.calendarOf(rep));
        if (timing.isEmpty()) {
            existing.ifPresent(n -> n.withdraw(NudgeRules.FEEDBACK_TOO_LATE, now));
            return;
        }
        List<FeedbackComposer.Outcome> outcomes = CallVerdict.forCall(call.callId).stream()
                .map(v -> new FeedbackComposer.Outcome(v.behaviourKey, v.question, v.weight, v.critical, v.verdict,
                        v.evidenceQuote, v.evidenceAtMs, v.momentAtMs()))
                .toList();
        Map<String, SkillState> states = SkillState.forRep(rep.repId).stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, Function.identity()));
        Set<String> focusKeys = focus.focusKeys(rep.repId);
        Map<String, FeedbackComposer.Standing> standings = states.values().stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, s -> new FeedbackComposer.Standing(
                        s.recentAdherence(), focusKeys.contains(s.behaviourKey), s.isMastered())));
        int freeSlots = rules.freeFocusSlots(CoachingPlan.activeFor(rep.repId).isPresent(), focusKeys.size());
        FeedbackComposer.CallFacts facts = new FeedbackComposer.CallFacts(call.callId, call.callType, call.revision);
        Optional<FeedbackComposer.Feedback> composed = FeedbackComposer.compose(facts, outcomes, standings, freeSlots);
        if (composed.isEmpty()) {
            existing.ifPresent(n -> n.withdraw(NudgeRules.NOTHING_TO_FEED_BACK, now));
            return;
        }
        FeedbackComposer.Feedback feedback = composed.get();
        if (feedback.focus() != null && feedback.focus().newFocus() && states.containsKey(feedback.focus().key())) {
            states.get(feedback.focus().key()).focusSince = now;
        }
        schedule(rep, key, existing, new NudgeDraft(Kind.POST_CALL_FEEDBACK, Priority.NORMAL, false,
                feedback.focus() != null ? feedback.focus().key() : null, call.callId, call.callType,
                FeedbackComposer.copy(facts, feedback, links), timing.get(), true), now);
    }

    /**
     * After a rep's skill states or plan changed: re-derives their focus behaviours, then re-plans the
     * reinforcements of the new focus.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refocus(Rep rep) {
        focus.refresh(rep);
        refreshReinforcements(rep);
    }

    /** One reinforcement per focus behaviour and review cycle; see {@link NudgeRules#reinforcement}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshReinforcements(Rep rep) {
        Set<String> focusKeys = focus.focusKeys(rep.repId);
        RepCalendar calendar = reps.calendarOf(rep);
        Instant now = clock.instant();
        for (SkillState state : SkillState.forRep(rep.repId)) {
            List<ScheduledNudge> pending = ScheduledNudge.pending(rep.repId, Kind.REINFORCEMENT, state.behaviourKey);
            Optional<String> withdrawal = NudgeRules.reinforcementWithdrawal(state.behaviourKey,
                    focusKeys.contains(state.behaviourKey), state.isMastered(),
                    () -> ScheduledNudge.sentSince(rep.repId, Kind.REINFORCEMENT, state.behaviourKey, state.lastReviewAt));
            if (withdrawal.isPresent()) {
                pending.forEach(n -> n.withdraw(withdrawal.get(), now));
                continue;
            }
            NudgeRules.Reinforcement due = rules.reinforcement(state.lastReviewAt, state.stability, now, calendar);
            LocalDate day = calendar.localDate(due.timing().dueAt());
            String key = NudgeRules.reinforcementKey(rep.repId, state.behaviourKey, day);
            Optional<ScheduledNudge> sameKey = ScheduledNudge.byDedupeKey(key);
            Optional<ScheduledNudge> reuse = pending.stream().findFirst();
            if (sameKey.isPresent() && (reuse.isEmpty() || !sameKey.get().id.equals(reuse.get().id))) {
                if (sameKey.get().status == NudgeStatus.PENDING) {
                    reuse = sameKey;
                } else {
                    pending.forEach(n -> n.withdraw(NudgeRules.alreadyReinforcedOn(day), now));
                    continue;
                }
            }
            Optional<Long> kept = reuse.map(n -> n.id);
            pending.stream().filter(n -> kept.isEmpty() || !n.id.equals(kept.get()))
                    .forEach(n -> n.withdraw(NudgeRules.REPLACED_REINFORCEMENT, now));
            NudgeCopy copy = ReminderComposer.reinforcement(behaviour(state), due, lastDone(state), calendar.zone(), links);
            schedule(rep, key, reuse, new NudgeDraft(Kind.REINFORCEMENT, Priority.LOW, false, state.behaviourKey, null,
                    state.lastCallType, copy, due.timing(), true), now);
        }
    }

    /** A "before your call" nudge about the call type's focus behaviour, a set time before the call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeScheduledCall(Rep rep, CallScheduled scheduled) {
        String key = NudgeRules.preCallKey(scheduled.scheduledCallId());
        Optional<ScheduledNudge> existing = ScheduledNudge.byDedupeKey(key);
        if (existing.isPresent() && existing.get().status == NudgeStatus.SENT) {
            return;
        }
        Instant now = clock.instant();
        RepCalendar calendar = reps.calendarOf(rep);
        Optional<Timing> timing = rules.preCall(scheduled.startsAt(), now, calendar);
        if (timing.isEmpty()) {
            existing.ifPresent(n -> n.withdraw(NudgeRules.CALL_STARTED, now));
            return;
        }
        Set<String> focusKeys = focus.focusKeys(rep.repId);
        Optional<SkillState> behaviour = focus.forCallType(rep.repId, scheduled.callType(), focusKeys);
        if (behaviour.isEmpty()) {
            existing.ifPresent(n -> n.withdraw(NudgeRules.noFocusFor(scheduled.callType()), now));
            return;
        }
        SkillState state = behaviour.get();
        NudgeCopy copy = ReminderComposer.preCall(scheduled, behaviour(state),
                state.isFocus() || focusKeys.contains(state.behaviourKey), lastDone(state), config.nudges().preCallLead(),
                calendar.zone());
        ScheduledNudge nudge = schedule(rep, key, existing, new NudgeDraft(Kind.PRE_CALL, Priority.HIGH, true,
                state.behaviourKey, null, scheduled.callType(), copy, timing.get(), true), now);
        NudgeRules.preCallSkip(timing.get()).ifPresent(why -> nudge.skip(why, now));
    }

    /** Tells the rep about a change to their coaching plan (outside the daily cap: it comes from their coach). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planChanged(Rep rep, CoachingPlan plan, NudgeCopy notice) {
        Instant now = clock.instant();
        String key = NudgeRules.planKey(plan.id, plan.version);
        schedule(rep, key, ScheduledNudge.byDedupeKey(key), new NudgeDraft(Kind.PLAN_UPDATE, Priority.NORMAL, false,
                null, null, null, notice, NudgeRules.atOnce(now, reps.calendarOf(rep), null), false), now);
    }

    private static ScheduledNudge schedule(Rep rep, String dedupeKey, Optional<ScheduledNudge> reuse, NudgeDraft draft, Instant now) {
        ScheduledNudge nudge = reuse.orElseGet(() -> ScheduledNudge.create(now));
        nudge.apply(dedupeKey, rep, draft, now);
        if (nudge.id == null) {
            nudge.persist();
        }
        return nudge;
    }

    private static ReminderComposer.Behaviour behaviour(SkillState state) {
        return new ReminderComposer.Behaviour(state.behaviourKey, state.question, state.recentMet, state.recentReviews);
    }

    private static Optional<ReminderComposer.Example> lastDone(SkillState state) {
        return CallVerdict.latestMetWithQuote(state.repId, state.behaviourKey)
                .map(v -> new ReminderComposer.Example(v.callId, v.callStartedAt, v.evidenceQuote, v.evidenceAtMs));
    }
}
