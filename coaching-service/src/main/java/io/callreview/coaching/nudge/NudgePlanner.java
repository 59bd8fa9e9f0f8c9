package io.callreview.coaching.nudge;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.config.RulesProducer;
import io.callreview.coaching.domain.BehaviourGuide;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.DisputeNotice;
import io.callreview.coaching.rules.FeedbackComposer;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.NudgeCopy;
import io.callreview.coaching.rules.NudgeRules.Timing;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.PracticeItem;
import io.callreview.coaching.rules.Reflections;
import io.callreview.coaching.rules.ReminderComposer;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.coaching.rules.SetAsideNotice;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.events.CallScheduled;
import io.callreview.events.CallScored;
import io.callreview.events.CallSetAside;
import io.callreview.events.DisputeResolved;
import io.callreview.events.NudgeRequested.ActionType;
import io.callreview.events.NudgeRequested.Kind;
import io.callreview.events.NudgeRequested.Priority;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans the micro-moments of a rep into the persistent schedule: feedback right after a scored call,
 * spaced moments ({@link SpacedMoments}), a reminder before a scheduled call, plan notices and notices of what was
 * assigned to the rep.
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
    SkillStates skillStates;

    @Inject
    Fsrs fsrs;

    @Inject
    Links links;

    @Inject
    NudgePractice practice;

    @Inject
    SpacedMoments spaced;

    private NudgeRules rules;

    @PostConstruct
    void configure() {
        rules = RulesProducer.nudgeRules(config, fsrs);
    }

    /**
     * At most one feedback nudge per call; a later revision rewrites it only while it has not gone out. A coach's review
     * that comes after it went out gets its own, so that the coach's picks and comments reach the rep; its window runs
     * from the review, and the daily cap does not hold it back. A revision's review feedback still waiting gives way to a
     * later revision's (an accepted dispute), so that the rep never reads a focus the call no longer has.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterScoredCall(RepStanding standing, ScoredCall call) {
        boolean coachReview = call.scorerKind == CallScored.ScorerKind.COACH;
        if (coachReview) {
            withdrawEarlierReviews(call);
        }
        CallFeedback routine = routineFeedback(call);
        String key = routine.key();
        Optional<ScheduledNudge> existing = routine.existing();
        if (existing.isPresent() && existing.get().wentOutOrSkipped()) {
            if (!coachReview) {
                return;
            }
            key = NudgeRules.coachReviewKey(call.callId, call.revision);
            existing = ScheduledNudge.byDedupeKey(key);
            if (existing.isPresent() && existing.get().wentOutOrSkipped()) {
                return;
            }
        }
        feedback(standing, call, coachReview, key, existing);
    }

    /** The key of a call's routine feedback for the rep it is filed under, and that feedback if it was planned. */
    private record CallFeedback(String key, Optional<ScheduledNudge> existing) {
    }

    private static CallFeedback routineFeedback(ScoredCall call) {
        String key = NudgeRules.postCallKey(call.callId);
        Optional<ScheduledNudge> existing = ScheduledNudge.byDedupeKey(key);
        if (existing.isPresent() && existing.get().wentOutOrSkipped() && !existing.get().repId.equals(call.repId)) {
            // the call was filed under another rep when its feedback went out: the rep whose call it is gets their own
            key = NudgeRules.movedCallKey(call.callId, call.repId);
            existing = ScheduledNudge.byDedupeKey(key);
        }
        return new CallFeedback(key, existing);
    }

    private void feedback(RepStanding standing, ScoredCall call, boolean coachReview, String key, Optional<ScheduledNudge> existing) {
        Rep rep = standing.rep();
        Instant now = clock.instant();
        Instant windowFrom = coachReview && call.scoredAt.isAfter(call.callStartedAt) ? call.scoredAt : call.callStartedAt;
        Optional<Timing> timing = rules.feedback(windowFrom, now, reps.calendarOf(rep));
        if (timing.isEmpty()) {
            existing.ifPresent(n -> n.withdraw(NudgeRules.FEEDBACK_TOO_LATE, now));
            return;
        }
        List<FeedbackComposer.Outcome> outcomes = CallVerdict.forCall(call.callId).stream()
                .map(v -> new FeedbackComposer.Outcome(v.behaviourKey, v.question, v.weight, v.critical, v.verdict,
                        v.evidenceQuote, v.evidenceAtMs, v.momentAtMs(),
                        BehaviourGuide.find(v.teamId, v.callType, v.behaviourKey).map(g -> g.guidance).orElse(null),
                        coachReview ? v.coachComment : null))
                .toList();
        Map<String, SkillState> states = standing.states().stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, Function.identity()));
        Set<String> focusKeys = focus.focusKeys(standing);
        Map<String, FeedbackComposer.Standing> standings = states.values().stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, s -> new FeedbackComposer.Standing(
                        s.recentAdherence(), focusKeys.contains(s.behaviourKey), s.atTarget(), askWhy(s, existing, now))));
        int freeSlots = rules.freeFocusSlots(standing.activePlan().isPresent(), focusKeys.size());
        FeedbackComposer.CallFacts facts = coachReview
                ? new FeedbackComposer.CallFacts(call.callId, call.callType, call.revision, call.scorerId, call.strengthPick, call.focusPick,
                        call.coachSummary)
                : new FeedbackComposer.CallFacts(call.callId, call.callType, call.revision);
        Optional<FeedbackComposer.Feedback> composed = FeedbackComposer.compose(facts, outcomes, standings, freeSlots);
        if (composed.isEmpty()) {
            existing.ifPresent(n -> n.withdraw(NudgeRules.NOTHING_TO_FEED_BACK, now));
            return;
        }
        FeedbackComposer.Feedback feedback = composed.get();
        if (feedback.focus() != null && feedback.focus().newFocus() && states.containsKey(feedback.focus().key())) {
            states.get(feedback.focus().key()).focusSince = now;
        }
        // the call's own feedback is routine; a coach's review that follows it carries a person's word, which no cap holds back
        boolean routine = key.equals(NudgeRules.postCallKey(call.callId));
        ScheduledNudge nudge = ScheduledNudge.plan(rep, key, existing, new NudgeDraft(Kind.POST_CALL_FEEDBACK, Priority.NORMAL, false,
                feedback.focus() != null ? feedback.focus().key() : null, call.callId, call.callType,
                FeedbackComposer.copy(facts, feedback, links), timing.get(), routine), now);
        if (feedback.strength() != null && feedback.strength().reflect()) {
            nudge.ask(ActionType.REFLECTION, feedback.strength().key(), null, null, now);
        }
        if (routine && nudge.behaviourKey != null) {
            supersedeEarlierFeedback(rep, nudge, call.callId, now);
        }
    }

    /**
     * An accepted dispute's revision sends no feedback of its own (the rep hears of it from {@code DisputeResolved}), but
     * like any later revision it rewrites the call's feedback still waiting, so that the rep reads the call as it is
     * scored now; a review's feedback still waiting, written for an earlier revision, is withdrawn.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterAcceptedDispute(RepStanding standing, ScoredCall call) {
        withdrawEarlierReviews(call);
        CallFeedback routine = routineFeedback(call);
        routine.existing().filter(n -> n.status == NudgeStatus.PENDING && n.repId.equals(call.repId))
                .ifPresent(waiting -> feedback(standing, call, call.scorerKind == CallScored.ScorerKind.COACH, routine.key(),
                        routine.existing()));
    }

    /**
     * A call an admin set aside: its nudges still waiting (the routine feedback, reviews' feedback, a moment quoted from
     * it) are withdrawn, as after an accepted dispute, so that the rep never hears of a call that no longer counts.
     * When some had gone out already, the rep is told, at once and outside the daily cap, in a notice that revises them
     * (the inbox marks them). Answers how many were withdrawn.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int afterCallSetAside(Rep rep, ScoredCall call, CallSetAside aside) {
        Instant now = clock.instant();
        List<ScheduledNudge> waiting = ScheduledNudge.pendingOfCall(call.repId, call.callId);
        waiting.forEach(n -> n.withdraw(NudgeRules.CALL_SET_ASIDE, now));
        List<String> sent = ScheduledNudge.sentOfCall(call.repId, call.callId);
        if (!sent.isEmpty()) {
            String key = NudgeRules.setAsideKey(call.callId);
            RepCalendar calendar = reps.calendarOf(rep);
            ScheduledNudge notice = ScheduledNudge.plan(rep, key, ScheduledNudge.byDedupeKey(key), new NudgeDraft(
                    Kind.POST_CALL_FEEDBACK, Priority.NORMAL, false, null, null, call.callType,
                    SetAsideNotice.copy(aside, calendar.zone()), NudgeRules.atOnce(now, calendar, null), false), now);
            notice.revises = sent;
        }
        return waiting.size();
    }

    /**
     * A call moved to another rep: the nudges about it still waiting for {@code previousRep}, the rep it was filed under,
     * are withdrawn (its routine feedback, still waiting, has become the new rep's); those already sent stay as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterCallMoved(ScoredCall call, String previousRep) {
        Instant now = clock.instant();
        ScheduledNudge.pendingOfCall(previousRep, call.callId).forEach(n -> n.withdraw(NudgeRules.movedTo(call.repId), now));
    }

    private void withdrawEarlierReviews(ScoredCall call) {
        Instant now = clock.instant();
        for (int revision = 2; revision < call.revision; revision++) {
            ScheduledNudge.byDedupeKey(NudgeRules.coachReviewKey(call.callId, revision))
                    .ifPresent(n -> n.withdraw(NudgeRules.revisedBy(call.revision), now));
        }
    }

    /**
     * Earlier calls' routine feedback still waiting (outside the rep's hours, or held back by the cap) with the same
     * focus gives way to this call's: a rep back on Monday reads one "close with next steps", about the latest call,
     * not three. A coach's review is never superseded.
     */
    private static void supersedeEarlierFeedback(Rep rep, ScheduledNudge latest, String callId, Instant now) {
        ScheduledNudge.pendingByBehaviour(rep.repId, List.of(Kind.POST_CALL_FEEDBACK))
                .getOrDefault(latest.behaviourKey, List.of()).stream()
                .filter(n -> n.countsTowardCap && !n.nudgeId.equals(latest.nudgeId) && !callId.equals(n.callId))
                .forEach(n -> n.withdraw(NudgeRules.supersededBy(callId), now));
    }

    /** A behaviour the rep does without being able to say why, not asked about lately: time for a reflection prompt. */
    private boolean askWhy(SkillState state, Optional<ScheduledNudge> rewritten, Instant now) {
        return Reflections.ask(state.stage, () -> ScheduledNudge.lastAsked(state.repId, state.behaviourKey, ActionType.REFLECTION,
                rewritten.map(n -> n.nudgeId).orElse(null)), now, config.competence().reflectionGap());
    }

    /**
     * After a rep's skill states or plan changed: re-derives their focus behaviours, then re-plans the
     * reinforcements of the new focus.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refocus(RepStanding standing) {
        focus.refresh(standing);
        refreshReinforcements(standing);
    }

    /** {@link #refocus(RepStanding)} for a change that left the rep's skill states as they were (a plan's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refocus(Rep rep) {
        refocus(skillStates.standing(rep));
    }

    /** The spaced moments of every behaviour: reinforcements, and quizzes after training units. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshReinforcements(RepStanding standing) {
        spaced.refresh(standing, rules);
    }

    /**
     * Tells the rep about something assigned to them (a training unit, a mentoring pairing) once the decision has
     * settled (the notice-settle time, for the calls still arriving), outside the daily cap: it is not a routine
     * reminder. One nudge per {@code dedupeKey}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notice(Rep rep, String dedupeKey, Kind kind, String behaviourKey, String callType, NudgeCopy copy) {
        Instant now = clock.instant();
        Instant settled = now.plus(config.nudges().noticeSettle());
        ScheduledNudge.plan(rep, dedupeKey, ScheduledNudge.byDedupeKey(dedupeKey), new NudgeDraft(kind, Priority.NORMAL, false,
                behaviourKey, null, callType, copy, NudgeRules.atOnce(settled, reps.calendarOf(rep), null), false), now);
    }

    /** Withdraws a notice not delivered yet, with the reason; one already sent stays as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawNotice(String dedupeKey, String why) {
        ScheduledNudge.byDedupeKey(dedupeKey).ifPresent(notice -> notice.withdraw(why, clock.instant()));
    }

    /**
     * Tells the rep how a coach resolved their dispute, at once and outside the daily cap: one nudge per dispute. An
     * accepted one revises what the rep was told about that behaviour on that call: the inbox marks it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disputeResolved(Rep rep, DisputeResolved resolved) {
        Instant now = clock.instant();
        String key = NudgeRules.disputeKey(resolved.disputeId());
        // a dispute closed because its call was set aside or moved is not about the call any more: withdrawing the call's
        // nudges (CallSetAside, or the call's CallScored under another rep, on other topics) must leave this one
        String callId = resolved.outcome() == DisputeResolved.Outcome.CLOSED ? null : resolved.callId();
        NudgeDraft draft = new NudgeDraft(Kind.POST_CALL_FEEDBACK, Priority.NORMAL, false, resolved.behaviourKey(), callId,
                resolved.callType(), DisputeNotice.copy(resolved, links), NudgeRules.atOnce(now, reps.calendarOf(rep), null), false);
        ScheduledNudge notice = ScheduledNudge.plan(rep, key, ScheduledNudge.byDedupeKey(key), draft, now);
        if (resolved.outcome() == DisputeResolved.Outcome.ACCEPTED) {
            List<String> revised = ScheduledNudge.sentAbout(rep.repId, resolved.callId(), resolved.behaviourKey()).stream()
                    .filter(k -> !k.equals(key)).toList();
            notice.revises = revised.isEmpty() ? null : revised;
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
        PracticeItem item = practice.pick(state, calendar.zone(), existing, NudgePractice.PRE_CALL);
        NudgeCopy copy = ReminderComposer.preCall(scheduled, behaviour(state),
                state.isFocus() || focusKeys.contains(state.behaviourKey), item, config.nudges().preCallLead(),
                calendar.zone(), links);
        ScheduledNudge nudge = ScheduledNudge.plan(rep, key, existing, new NudgeDraft(Kind.PRE_CALL, Priority.HIGH, true,
                state.behaviourKey, null, scheduled.callType(), copy, timing.get(), true), now);
        NudgePractice.offer(nudge, state.behaviourKey, item, now);
        NudgeRules.preCallSkip(timing.get()).ifPresent(why -> nudge.skip(why, now));
    }

    /** Tells the rep about a change to their coaching plan (outside the daily cap: it comes from their coach). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planChanged(Rep rep, CoachingPlan plan, NudgeCopy notice) {
        Instant now = clock.instant();
        String key = NudgeRules.planKey(plan.id, plan.version);
        ScheduledNudge.plan(rep, key, ScheduledNudge.byDedupeKey(key), new NudgeDraft(Kind.PLAN_UPDATE, Priority.NORMAL, false,
                null, null, null, notice, NudgeRules.atOnce(now, reps.calendarOf(rep), null), false), now);
    }

    private static ReminderComposer.Behaviour behaviour(SkillState state) {
        return new ReminderComposer.Behaviour(state.behaviourKey, state.question, state.recentMet, state.recentReviews);
    }
}
