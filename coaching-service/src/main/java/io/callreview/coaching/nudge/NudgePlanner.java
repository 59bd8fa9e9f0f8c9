package io.callreview.coaching.nudge;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.BehaviourPhrasing;
import io.callreview.coaching.rules.FeedbackComposer;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.events.CallScheduled;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import io.callreview.events.NudgeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans the micro-moments of a rep into the persistent schedule: feedback right after a scored call,
 * spaced reinforcement of focus behaviours when their predicted recall drops below the target, and a
 * reminder before a scheduled call. Each nudge has a deterministic dedupe key and says why it exists.
 * Callers hold the rep's lock.
 */
@ApplicationScoped
public class NudgePlanner {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

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

    public static String postCallKey(String callId) {
        return "post-call:" + callId;
    }

    public static String preCallKey(String scheduledCallId) {
        return "pre-call:" + scheduledCallId;
    }

    public static String reinforcementKey(String repId, String behaviourKey, java.time.LocalDate date) {
        return "reinforce:" + repId + ":" + behaviourKey + ":" + date;
    }

    /** At most one feedback nudge per call; a later revision rewrites it only while it has not gone out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterScoredCall(Rep rep, ScoredCall call) {
        String key = postCallKey(call.callId);
        Optional<ScheduledNudge> existing = ScheduledNudge.byDedupeKey(key);
        if (existing.isPresent() && (existing.get().status == NudgeStatus.SENT || existing.get().status == NudgeStatus.SKIPPED)) {
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = call.callStartedAt.plus(config.nudges().postCallExpiry());
        if (!now.isBefore(expiresAt)) {
            existing.ifPresent(n -> withdraw(n, "the call is older than the post-call feedback window"));
            return;
        }
        List<CallVerdict> verdicts = CallVerdict.forCall(call.callId);
        Map<String, SkillState> states = SkillState.forRep(rep.repId).stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, Function.identity()));
        Set<String> focusKeys = focus.focusKeys(rep.repId);
        boolean planned = CoachingPlan.activeFor(rep.repId).isPresent();
        int freeSlots = planned ? 0 : Math.max(0, config.nudges().maxFocusBehaviours() - focusKeys.size());

        List<FeedbackComposer.Outcome> outcomes = verdicts.stream()
                .map(v -> new FeedbackComposer.Outcome(v.behaviourKey, v.question, v.weight, v.critical, v.verdict,
                        v.evidenceQuote, v.evidenceAtMs, v.momentAtMs()))
                .toList();
        Map<String, FeedbackComposer.Standing> standings = states.values().stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, s -> new FeedbackComposer.Standing(
                        s.recentAdherence(), focusKeys.contains(s.behaviourKey), s.isMastered())));
        Optional<FeedbackComposer.Feedback> composed = FeedbackComposer.compose(
                new FeedbackComposer.CallFacts(call.callId, call.callType, call.revision), outcomes, standings, freeSlots);
        if (composed.isEmpty()) {
            existing.ifPresent(n -> withdraw(n, "the current revision of the call has nothing to give feedback on"));
            return;
        }
        FeedbackComposer.Feedback feedback = composed.get();
        if (feedback.focus() != null && feedback.focus().newFocus() && states.containsKey(feedback.focus().key())) {
            states.get(feedback.focus().key()).focusSince = now;
        }
        List<Action> actions = new ArrayList<>();
        if (feedback.focus() != null) {
            actions.add(new Action(ActionType.SELF_ASSESSMENT, "Did you do it?", null,
                    BehaviourPhrasing.asSelfCheck(feedback.focus().question())));
            actions.add(new Action(ActionType.OPEN_CALL_MOMENT, "Listen to the moment",
                    momentUrl(call.callId, feedback.focus().momentAtMs()), null));
        } else if (feedback.strength() != null) {
            actions.add(new Action(ActionType.OPEN_CALL_MOMENT, "Listen to what went well",
                    momentUrl(call.callId, feedback.strength().atMs()), null));
        }
        actions.add(new Action(ActionType.ACKNOWLEDGE, "Got it", null, null));
        RepCalendar calendar = reps.calendarOf(rep);
        schedule(rep, key, existing, new NudgeDraft(NudgeRequested.Kind.POST_CALL_FEEDBACK, NudgeRequested.Priority.NORMAL,
                false, feedback.focus() != null ? feedback.focus().key() : null, call.callId, call.callType,
                feedback.title(), feedback.body(), feedback.reason(), actions, now, calendar.nextOpening(now), expiresAt, true));
    }

    /**
     * One reinforcement per focus behaviour and review cycle: when its predicted recall since the last
     * scored call falls below the target retention (never sooner than the minimum delay after that call).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshReinforcements(Rep rep) {
        Set<String> focusKeys = focus.focusKeys(rep.repId);
        RepCalendar calendar = reps.calendarOf(rep);
        Instant now = clock.instant();
        double target = config.memory().targetRetention();
        for (SkillState state : SkillState.forRep(rep.repId)) {
            List<ScheduledNudge> pending = ScheduledNudge.pending(rep.repId, NudgeRequested.Kind.REINFORCEMENT, state.behaviourKey);
            if (!focusKeys.contains(state.behaviourKey)) {
                pending.forEach(n -> withdraw(n, "'" + state.behaviourKey + "' is no longer a focus behaviour"));
                continue;
            }
            if (state.isMastered()) {
                pending.forEach(n -> withdraw(n, "'" + state.behaviourKey + "' is mastered"));
                continue;
            }
            if (ScheduledNudge.sentSince(rep.repId, NudgeRequested.Kind.REINFORCEMENT, state.behaviourKey, state.lastReviewAt)) {
                pending.forEach(n -> withdraw(n, "already reinforced since the last scored call"));
                continue;
            }
            Instant dropsAt = state.lastReviewAt.plus(days(fsrs.intervalDays(state.stability, target)));
            Instant earliest = latest(dropsAt, state.lastReviewAt.plus(config.nudges().reinforcementMinDelay()), now);
            Instant due = calendar.nextOpening(earliest);
            String key = reinforcementKey(rep.repId, state.behaviourKey, calendar.localDate(due));
            Optional<ScheduledNudge> sameKey = ScheduledNudge.byDedupeKey(key);
            Optional<ScheduledNudge> reuse = pending.stream().findFirst();
            if (sameKey.isPresent() && (reuse.isEmpty() || !sameKey.get().id.equals(reuse.get().id))) {
                if (sameKey.get().status == NudgeStatus.PENDING) {
                    reuse = sameKey;
                } else {
                    pending.forEach(n -> withdraw(n, "this behaviour was already reinforced on " + calendar.localDate(due)));
                    continue;
                }
            }
            final Optional<ScheduledNudge> target0 = reuse;
            pending.stream().filter(n -> target0.isEmpty() || !n.id.equals(target0.get().id))
                    .forEach(n -> withdraw(n, "replaced by a newer reinforcement"));
            double recallAtDue = fsrs.retrievability(daysBetween(state.lastReviewAt, due), state.stability);
            schedule(rep, key, reuse, reinforcement(state, dropsAt, earliest, due, recallAtDue, target, calendar));
        }
    }

    private NudgeDraft reinforcement(SkillState state, Instant dropsAt, Instant earliest, Instant due, double recallAtDue,
                                     double target, RepCalendar calendar) {
        Optional<CallVerdict> example = CallVerdict.latestMetWithQuote(state.repId, state.behaviourKey);
        String action = BehaviourPhrasing.asAction(state.question);
        StringBuilder body = new StringBuilder("A quick reminder for your next calls: ").append(action).append('.');
        example.ifPresent(v -> body.append(" You did it well on ").append(DATE.format(v.callStartedAt.atZone(calendar.zone())))
                .append(": “").append(v.evidenceQuote).append("”"));
        String reason = String.format(Locale.ROOT, "Spaced reinforcement of focus behaviour '%s': its predicted recall"
                        + " falls below the %.0f%% target on %s (FSRS stability %.2f days since the last scored call on %s;"
                        + " recall at delivery %.0f%%). Recent record: met on %d of the last %d scored calls.",
                state.behaviourKey, target * 100, dropsAt, state.stability, state.lastReviewAt, recallAtDue * 100,
                state.recentMet, state.recentReviews);
        List<Action> actions = new ArrayList<>();
        example.ifPresent(v -> actions.add(new Action(ActionType.OPEN_CALL_MOMENT, "Hear yourself do it",
                momentUrl(v.callId, v.evidenceAtMs), null)));
        actions.add(new Action(ActionType.ACKNOWLEDGE, "Got it", null, null));
        return new NudgeDraft(NudgeRequested.Kind.REINFORCEMENT, NudgeRequested.Priority.LOW, false, state.behaviourKey,
                null, state.lastCallType, "Keep it fresh: " + shorten(action, 80), body.toString(), reason, actions,
                earliest, due, due.plus(config.nudges().reinforcementExpiry()), true);
    }

    /** A "before your call" nudge about the call type's focus behaviour, a set time before the call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeScheduledCall(Rep rep, CallScheduled scheduled) {
        String key = preCallKey(scheduled.scheduledCallId());
        Optional<ScheduledNudge> existing = ScheduledNudge.byDedupeKey(key);
        if (existing.isPresent() && existing.get().status == NudgeStatus.SENT) {
            return;
        }
        Instant now = clock.instant();
        if (!scheduled.startsAt().isAfter(now)) {
            existing.ifPresent(n -> withdraw(n, "the call has already started"));
            return;
        }
        Optional<SkillState> behaviour = focusFor(rep.repId, scheduled.callType());
        if (behaviour.isEmpty()) {
            existing.ifPresent(n -> withdraw(n, "no focus behaviour for " + scheduled.callType() + " calls"));
            return;
        }
        SkillState state = behaviour.get();
        RepCalendar calendar = reps.calendarOf(rep);
        Duration lead = config.nudges().preCallLead();
        Instant earliest = latest(scheduled.startsAt().minus(lead), now, now);
        Instant due = calendar.nextOpening(earliest);
        String action = BehaviourPhrasing.asAction(state.question);
        String at = TIME.format(scheduled.startsAt().atZone(calendar.zone()));
        StringBuilder body = new StringBuilder("One thing to bring to this call: ").append(action).append('.');
        CallVerdict.latestMetWithQuote(rep.repId, state.behaviourKey).ifPresent(v ->
                body.append(" Last time you did it you said: “").append(v.evidenceQuote).append("”"));
        String reason = String.format(Locale.ROOT, "Pre-call nudge for scheduled call %s (%s, starts %s): '%s' is %s for"
                        + " %s calls (met on %d of the last %d scored calls); due %d minutes before the start.",
                scheduled.scheduledCallId(), scheduled.callType(), scheduled.startsAt(), state.behaviourKey,
                state.isFocus() || focus.focusKeys(rep.repId).contains(state.behaviourKey) ? "your focus behaviour"
                        : "your most valuable gap", scheduled.callType(), state.recentMet, state.recentReviews, lead.toMinutes());
        NudgeDraft draft = new NudgeDraft(NudgeRequested.Kind.PRE_CALL, NudgeRequested.Priority.HIGH, true,
                state.behaviourKey, null, scheduled.callType(), "Before your " + scheduled.callType() + " call at " + at,
                body.toString(), reason, List.of(new Action(ActionType.ACKNOWLEDGE, "Got it", null, null)),
                earliest, due, scheduled.startsAt(), true);
        ScheduledNudge nudge = schedule(rep, key, existing, draft);
        if (!due.isBefore(scheduled.startsAt())) {
            skip(nudge, "the rep's working hours do not open before the call starts");
        }
    }

    /** The call type's focus behaviour: a focus behaviour seen on that call type, else its most valuable gap. */
    private Optional<SkillState> focusFor(String repId, String callType) {
        Set<String> focusKeys = focus.focusKeys(repId);
        Set<String> onCallType = Set.copyOf(CallVerdict.behavioursOnCallType(repId, callType));
        List<SkillState> candidates = SkillState.forRep(repId).stream()
                .filter(s -> onCallType.contains(s.behaviourKey) && !s.isMastered())
                .toList();
        Comparator<SkillState> byValue = Comparator.comparingDouble(FocusPolicy::priority).reversed()
                .thenComparing(s -> s.behaviourKey);
        Optional<SkillState> focused = candidates.stream().filter(s -> focusKeys.contains(s.behaviourKey)).min(byValue);
        return focused.isPresent() ? focused : candidates.stream().filter(focus::isGap).min(byValue);
    }

    /** Tells the rep about a change to their coaching plan (outside the daily cap: it comes from their coach). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planChanged(Rep rep, CoachingPlan plan, String title, String body, String reason) {
        Instant now = clock.instant();
        RepCalendar calendar = reps.calendarOf(rep);
        String key = "plan:" + plan.id + ":" + plan.version;
        schedule(rep, key, ScheduledNudge.byDedupeKey(key), new NudgeDraft(NudgeRequested.Kind.PLAN_UPDATE,
                NudgeRequested.Priority.NORMAL, false, null, null, null, title, body, reason,
                List.of(new Action(ActionType.ACKNOWLEDGE, "Got it", null, null)), now, calendar.nextOpening(now), null, false));
    }

    private ScheduledNudge schedule(Rep rep, String dedupeKey, Optional<ScheduledNudge> reuse, NudgeDraft draft) {
        Instant now = clock.instant();
        ScheduledNudge nudge = reuse.orElseGet(() -> {
            ScheduledNudge created = new ScheduledNudge();
            created.nudgeId = UUID.randomUUID().toString();
            created.createdAt = now;
            return created;
        });
        nudge.dedupeKey = dedupeKey;
        nudge.repId = rep.repId;
        nudge.teamId = rep.teamId;
        nudge.kind = draft.kind();
        nudge.priority = draft.priority();
        nudge.urgent = draft.urgent();
        nudge.behaviourKey = draft.behaviourKey();
        nudge.callId = draft.callId();
        nudge.callType = draft.callType();
        nudge.title = shorten(draft.title(), 300);
        nudge.body = shorten(draft.body(), 4000);
        nudge.reason = shorten(draft.reason(), 2000);
        nudge.actions = draft.actions();
        nudge.earliestAt = draft.earliestAt();
        nudge.dueAt = draft.dueAt();
        nudge.expiresAt = draft.expiresAt();
        nudge.countsTowardCap = draft.countsTowardCap();
        nudge.status = NudgeStatus.PENDING;
        nudge.statusReason = draft.dueAt().isAfter(draft.earliestAt()) ? "waiting for the rep's working hours" : null;
        nudge.updatedAt = now;
        if (nudge.id == null) {
            nudge.persist();
        }
        return nudge;
    }

    void withdraw(ScheduledNudge nudge, String reason) {
        if (nudge.status == NudgeStatus.PENDING) {
            nudge.status = NudgeStatus.CANCELLED;
            nudge.statusReason = reason;
            nudge.updatedAt = clock.instant();
        }
    }

    private void skip(ScheduledNudge nudge, String reason) {
        nudge.status = NudgeStatus.SKIPPED;
        nudge.statusReason = reason;
        nudge.updatedAt = clock.instant();
    }

    private String momentUrl(String callId, Long atMs) {
        long seconds = atMs == null ? 0 : atMs / 1000;
        return config.nudges().callMomentUrl()
                .replace("{callId}", java.net.URLEncoder.encode(callId, java.nio.charset.StandardCharsets.UTF_8))
                .replace("{seconds}", Long.toString(seconds));
    }

    public static Duration days(double days) {
        double capped = Math.min(days, 36_500);
        return Duration.ofMillis(Math.round(capped * 86_400_000d));
    }

    public static double daysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 86_400_000d;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }

    static String shorten(String text, int max) {
        return SkillStates.truncate(text, max);
    }
}
