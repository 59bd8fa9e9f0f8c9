package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * When each kind of nudge is due, when it lapses, and why a planned one is withdrawn: feedback right after
 * a scored call, spaced reinforcement of a focus behaviour when its predicted recall falls below the
 * target, a reminder a set time before a scheduled call, and notices about a coaching plan. Each nudge
 * serves one purpose, named by its dedupe key. The composers word them.
 */
public final class NudgeRules {

    public record Thresholds(double targetRetention, int maxFocusBehaviours, Duration postCallExpiry,
                             Duration reinforcementMinDelay, Duration reinforcementExpiry, Duration preCallLead) {
    }

    /** When the moment is right, when the nudge goes out (inside the rep's working hours), and when it lapses (null: never). */
    public record Timing(Instant earliestAt, Instant dueAt, Instant expiresAt) {

        public boolean waitsForWorkingHours() {
            return dueAt.isAfter(earliestAt);
        }
    }

    /** A reinforcement of a memory last reviewed at {@code lastReviewAt}, with its recall when it goes out. */
    public record Reinforcement(Instant lastReviewAt, double stability, double targetRetention, Instant recallFallsAt,
                                double recallAtDue, Timing timing) {
    }

    public static final String FEEDBACK_TOO_LATE = "the call is older than the post-call feedback window";
    public static final String NOTHING_TO_FEED_BACK = "the current revision of the call has nothing to give feedback on";
    public static final String REPLACED_REINFORCEMENT = "replaced by a newer reinforcement";
    public static final String CALL_STARTED = "the call has already started";
    public static final String CALL_SET_ASIDE = "the call was set aside: it no longer counts in the rep's coaching";
    public static final String FED_BACK = "the feedback on the last scored call named it as the focus: that is this review cycle's moment";

    private final Thresholds thresholds;
    private final Fsrs fsrs;

    public NudgeRules(Thresholds thresholds, Fsrs fsrs) {
        this.thresholds = thresholds;
        this.fsrs = fsrs;
    }

    /** A call's feedback not sent yet when a later call's feedback came with the same focus. */
    public static String revisedBy(int revision) {
        return "the call's score was revised since (revision " + revision + ")";
    }

    public static String supersededBy(String callId) {
        return "superseded by the feedback on the rep's later call " + callId + ", which has the same focus";
    }

    public static String postCallKey(String callId) {
        return "post-call:" + callId;
    }

    /** The rep told that a call they had feedback on was set aside. */
    public static String setAsideKey(String callId) {
        return "set-aside:" + callId;
    }

    /** The rep told how their dispute was resolved. */
    public static String disputeKey(String disputeId) {
        return "dispute:" + disputeId;
    }

    /** Feedback on a call for the rep it was moved to, when its first feedback had gone to the rep it was filed under. */
    public static String movedCallKey(String callId, String repId) {
        return "post-call:" + callId + ":rep:" + repId;
    }

    public static String movedTo(String repId) {
        return "the call was moved to another rep (" + repId + "): it no longer counts in this rep's coaching";
    }

    /** Feedback on a coach's review of a call whose first feedback had already gone out. */
    public static String coachReviewKey(String callId, int revision) {
        return "post-call:" + callId + ":review:" + revision;
    }

    public static String reinforcementKey(String repId, String behaviourKey, LocalDate date) {
        return "reinforce:" + repId + ":" + behaviourKey + ":" + date;
    }

    /** A spaced quiz after a training unit, one per local day at most. */
    public static String quizKey(String repId, String behaviourKey, LocalDate date) {
        return "quiz:" + repId + ":" + behaviourKey + ":" + date;
    }

    public static String preCallKey(String scheduledCallId) {
        return "pre-call:" + scheduledCallId;
    }

    public static String planKey(String planId, long version) {
        return "plan:" + planId + ":" + version;
    }

    /** A nudge that is right at once: due when the rep's working hours are open, now or next. */
    public static Timing atOnce(Instant now, RepCalendar calendar, Instant expiresAt) {
        return new Timing(now, calendar.nextOpening(now), expiresAt);
    }

    /**
     * Feedback on a scored call is due at once, until the feedback window closes; empty once it has. The window opens
     * with the rep's first working hours from the call on and does not count the rep's days off, so that a call of
     * Friday, afternoon or evening, is still fed back on Monday.
     */
    public Optional<Timing> feedback(Instant callStartedAt, Instant now, RepCalendar calendar) {
        Instant expiresAt = calendar.afterWorkingDays(calendar.nextOpening(callStartedAt), thresholds.postCallExpiry());
        return now.isBefore(expiresAt) ? Optional.of(atOnce(now, calendar, expiresAt)) : Optional.empty();
    }

    /** How many more focus behaviours feedback may start: none while a coach's plan sets them. */
    public int freeFocusSlots(boolean planned, int focusBehaviours) {
        return planned ? 0 : Math.max(0, thresholds.maxFocusBehaviours() - focusBehaviours);
    }

    /** Where a training unit on the behaviour stands, for its spaced moments: none open, waiting to be done, or quizzing. */
    public enum TrainingStage { NONE, ASSIGNED, QUIZZING }

    /**
     * Why a behaviour gets no spaced moment now; empty when it needs one: a reinforcement of a focus behaviour, or a
     * quiz after its training unit (focus or not). Nothing while a unit waits to be done. One moment per review cycle:
     * none when one went out since the last review, nor a reinforcement when the feedback on the call that was the last
     * review named the behaviour as the focus (that feedback is the cycle's moment; a training unit's quizzes still come).
     * The two suppliers are asked last, in that order, as they cost a query.
     */
    public static Optional<String> reinforcementWithdrawal(String behaviourKey, boolean focus, boolean atTarget,
                                                           TrainingStage training, BooleanSupplier reinforcedSinceLastReview,
                                                           BooleanSupplier fedBackSinceLastReview) {
        if (training == TrainingStage.ASSIGNED) {
            return Optional.of("waiting for the rep to go through the training unit on '" + behaviourKey + "'");
        }
        if (!focus && training != TrainingStage.QUIZZING) {
            return Optional.of(noLongerFocus(behaviourKey));
        }
        if (atTarget) {
            return Optional.of(atTarget(behaviourKey));
        }
        if (reinforcedSinceLastReview.getAsBoolean()) {
            return Optional.of("already reinforced since the last scored call");
        }
        if (training != TrainingStage.QUIZZING && fedBackSinceLastReview.getAsBoolean()) {
            return Optional.of(FED_BACK);
        }
        return Optional.empty();
    }

    /**
     * One reinforcement per review cycle: when predicted recall falls below the target retention, never
     * sooner than the minimum delay after the last scored call (the feedback covers that day), nor in the past.
     */
    public Reinforcement reinforcement(Instant lastReviewAt, double stability, Instant now, RepCalendar calendar) {
        double target = thresholds.targetRetention();
        Instant fallsAt = fsrs.recallFallsAt(lastReviewAt, stability, target);
        Instant earliest = latest(fallsAt, lastReviewAt.plus(thresholds.reinforcementMinDelay()), now);
        Instant due = calendar.nextOpening(earliest);
        return new Reinforcement(lastReviewAt, stability, target, fallsAt, fsrs.retrievabilityAt(lastReviewAt, due, stability),
                new Timing(earliest, due, due.plus(thresholds.reinforcementExpiry())));
    }

    public static String alreadyReinforcedOn(LocalDate date) {
        return "this behaviour was already reinforced on " + date;
    }

    /** A reminder the lead time before a scheduled call (at once when that has passed), lapsing at the start; empty once it started. */
    public Optional<Timing> preCall(Instant startsAt, Instant now, RepCalendar calendar) {
        if (!startsAt.isAfter(now)) {
            return Optional.empty();
        }
        Instant earliest = latest(startsAt.minus(thresholds.preCallLead()), now, now);
        return Optional.of(new Timing(earliest, calendar.nextOpening(earliest), startsAt));
    }

    public static String noFocusFor(String callType) {
        return "no focus behaviour for " + callType + " calls";
    }

    /** A pre-call reminder is skipped when the rep's working hours do not open before the call starts. */
    public static Optional<String> preCallSkip(Timing preCall) {
        return preCall.dueAt().isBefore(preCall.expiresAt()) ? Optional.empty()
                : Optional.of("the rep's working hours do not open before the call starts");
    }

    /**
     * Why a due nudge about a behaviour is withdrawn after all: the rep is at the target with the behaviour, or a
     * reinforced behaviour is no longer a focus. Empty when it may go out.
     */
    public static Optional<String> withdrawalWhenDue(String behaviourKey, boolean reinforcement, boolean atTarget, boolean focus) {
        if (atTarget) {
            return Optional.of(atTarget(behaviourKey));
        }
        if (reinforcement && !focus) {
            return Optional.of(noLongerFocus(behaviourKey));
        }
        return Optional.empty();
    }

    /** Routine nudges stop at the target; a lapse (a miss, or no longer able to say why) brings them back. */
    private static String atTarget(String behaviourKey) {
        return "'" + behaviourKey + "' is at the target (consciously competent and consistent): no routine nudge about it";
    }

    private static String noLongerFocus(String behaviourKey) {
        return "'" + behaviourKey + "' is no longer a focus behaviour";
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }
}
