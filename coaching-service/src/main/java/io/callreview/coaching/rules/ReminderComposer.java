package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.CallScheduled;
import io.callreview.events.NudgeRequested.Action;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words the reminders of one behaviour: the spaced reinforcement when its recall fades, and the note before a
 * scheduled call. Each gives the rep one concrete thing to do (a {@link PracticeItem}) and says why it was sent.
 */
public final class ReminderComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** The behaviour, with the rep's recent record at it. */
    public record Behaviour(String key, String question, int recentMet, int recentReviews) {
    }

    private ReminderComposer() {
    }

    public static NudgeCopy reinforcement(Behaviour behaviour, NudgeRules.Reinforcement due, PracticeItem item, MomentLinks links) {
        String action = BehaviourPhrasing.asAction(behaviour.question());
        String reason = String.format(Locale.ROOT, "One of your focus behaviours is to %s, and a habit fades without practice:"
                        + " it has been %s since you last practised it, about when it starts to slip. You did it on %d of"
                        + " your last %d scored calls.",
                action, sinceLastPractice(due), behaviour.recentMet(), behaviour.recentReviews());
        return new NudgeCopy("Keep it fresh: " + Texts.truncate(action, 80),
                "For your next calls: " + action + ". " + item.instruction(), reason + toDo(item), actions(item, links));
    }

    /** A follow-up of a coaching plan: the reminder recalls what the rep and the coach agreed, when they agreed something. */
    public static NudgeCopy followingUp(NudgeCopy reminder, String planId, String solution) {
        if (solution == null || solution.isBlank()) {
            return reminder;
        }
        return new NudgeCopy(reminder.title(), reminder.body() + PlanComposer.agreedSolution(solution), reminder.reason()
                + " It follows up your coaching plan, with what you and your coach agreed.", reminder.actions());
    }

    /**
     * @param focus whether the behaviour is one of the rep's focus behaviours, else the call type's most valuable gap
     * @param zone  the rep's time zone, for the start of the call
     */
    public static NudgeCopy preCall(CallScheduled call, Behaviour behaviour, boolean focus, PracticeItem item, Duration lead,
                                    ZoneId zone, MomentLinks links) {
        String body = "One thing to bring to this call: " + BehaviourPhrasing.asAction(behaviour.question()) + ". "
                + item.instruction();
        String reason = String.format(Locale.ROOT, "%s on %s is to %s (you did it on %d of your last %d scored calls), so it"
                        + " is the one thing to bring to this call. This note comes %d minutes before it starts.",
                focus ? "Your focus" : "The gap worth the most", CallTypeWords.calls(call.callType()),
                BehaviourPhrasing.asAction(behaviour.question()), behaviour.recentMet(), behaviour.recentReviews(), lead.toMinutes());
        return new NudgeCopy("Before your " + CallTypeWords.call(call.callType()) + " at " + TIME.format(call.startsAt().atZone(zone)),
                body, reason + toDo(item), actions(item, links));
    }

    private static String toDo(PracticeItem item) {
        String what = switch (item.kind()) {
            case QUESTION -> "a question to answer";
            case PHRASING -> "a phrasing to try";
            case PEER_MOMENT -> "a teammate's moment to hear";
        };
        return " Something to do: " + what + ", a different one from last time.";
    }

    /** From the last practice to when the reminder is due. */
    static String sinceLastPractice(NudgeRules.Reinforcement due) {
        return Days.roughly(Duration.between(due.lastReviewAt(), due.recallFallsAt()));
    }

    private static List<Action> actions(PracticeItem item, MomentLinks links) {
        List<Action> actions = new ArrayList<>(item.actions(links));
        actions.add(NudgeActions.acknowledge());
        return actions;
    }
}
