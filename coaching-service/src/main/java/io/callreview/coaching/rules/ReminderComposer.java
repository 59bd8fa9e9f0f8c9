package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.CallScheduled;
import io.callreview.events.NudgeRequested.Action;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words the reminders of one behaviour: the spaced reinforcement when its recall fades, and the note
 * before a scheduled call. Each quotes the rep doing it well when there is such a call, and says why it
 * was sent.
 */
public final class ReminderComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** The behaviour, with the rep's recent record at it. */
    public record Behaviour(String key, String question, int recentMet, int recentReviews) {
    }

    /** The rep's latest call where they did it, with their words. */
    public record Example(String callId, Instant callStartedAt, String quote, Long atMs) {
    }

    private ReminderComposer() {
    }

    /** @param zone the rep's time zone, for the date of the example */
    public static NudgeCopy reinforcement(Behaviour behaviour, NudgeRules.Reinforcement due, Optional<Example> example,
                                          ZoneId zone, MomentLinks links) {
        String action = BehaviourPhrasing.asAction(behaviour.question());
        StringBuilder body = new StringBuilder("A quick reminder for your next calls: ").append(action).append('.');
        example.ifPresent(e -> body.append(" You did it well on ").append(DATE.format(e.callStartedAt().atZone(zone)))
                .append(": “").append(e.quote()).append("”"));
        String reason = String.format(Locale.ROOT, "Spaced reinforcement of focus behaviour '%s': its predicted recall"
                        + " falls below the %.0f%% target on %s (FSRS stability %.2f days since the last scored call on %s;"
                        + " recall at delivery %.0f%%). Recent record: met on %d of the last %d scored calls.",
                behaviour.key(), due.targetRetention() * 100, due.recallFallsAt(), due.stability(), due.lastReviewAt(),
                due.recallAtDue() * 100, behaviour.recentMet(), behaviour.recentReviews());
        List<Action> actions = new ArrayList<>();
        example.ifPresent(e -> actions.add(NudgeActions.listen("Hear yourself do it", links.callMoment(e.callId(), e.atMs()))));
        actions.add(NudgeActions.acknowledge());
        return new NudgeCopy("Keep it fresh: " + Texts.truncate(action, 80), body.toString(), reason, actions);
    }

    /**
     * @param focus    whether the behaviour is one of the rep's focus behaviours, else the call type's most valuable gap
     * @param lastDone the latest call where the rep did it, to quote
     * @param zone     the rep's time zone, for the start of the call
     */
    public static NudgeCopy preCall(CallScheduled call, Behaviour behaviour, boolean focus, Optional<Example> lastDone,
                                    Duration lead, ZoneId zone) {
        StringBuilder body = new StringBuilder("One thing to bring to this call: ")
                .append(BehaviourPhrasing.asAction(behaviour.question())).append('.');
        lastDone.ifPresent(e -> body.append(" Last time you did it you said: “").append(e.quote()).append("”"));
        String reason = String.format(Locale.ROOT, "Pre-call nudge for scheduled call %s (%s, starts %s): '%s' is %s for"
                        + " %s calls (met on %d of the last %d scored calls); due %d minutes before the start.",
                call.scheduledCallId(), call.callType(), call.startsAt(), behaviour.key(),
                focus ? "your focus behaviour" : "your most valuable gap", call.callType(), behaviour.recentMet(),
                behaviour.recentReviews(), lead.toMinutes());
        return new NudgeCopy("Before your " + call.callType() + " call at " + TIME.format(call.startsAt().atZone(zone)),
                body.toString(), reason, List.of(NudgeActions.acknowledge()));
    }
}
