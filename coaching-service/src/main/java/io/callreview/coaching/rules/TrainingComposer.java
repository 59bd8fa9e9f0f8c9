package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.NudgeRequested.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words the notice of a training unit and the spaced quizzes that follow it. */
public final class TrainingComposer {

    /** What the unit holds, in numbers, and why the rep gets it, in their words. */
    public record Unit(String behaviourKey, String question, int guidancePoints, int examples, int peerMoments, String reason) {
    }

    private TrainingComposer() {
    }

    public static NudgeCopy assigned(Unit unit, String url) {
        String action = BehaviourPhrasing.asAction(unit.question());
        List<String> parts = new ArrayList<>();
        parts.add(unit.guidancePoints() == 0 ? "what good looks like" : count(unit.guidancePoints(), "point") + " of guidance");
        if (unit.examples() > 0) {
            parts.add(count(unit.examples(), "example"));
        }
        if (unit.peerMoments() > 0) {
            parts.add(count(unit.peerMoments(), "moment") + " from your team's calls to listen to");
        }
        String body = "A short training unit on how to " + action + ": " + String.join(", ", parts) + ". Mark it done once"
                + " you have been through it; a few quick quizzes over the next days help it stick.";
        return new NudgeCopy("Training: " + Texts.truncate(action, 80), body,
                unit.reason(),
                List.of(NudgeActions.open("Open the training", url), NudgeActions.acknowledge()));
    }

    /**
     * @param rightInARow right answers in a row so far
     * @param needed      right answers in a row that pass the unit
     */
    public static NudgeCopy quiz(ReminderComposer.Behaviour behaviour, NudgeRules.Reinforcement due, PracticeItem item,
                                 int rightInARow, int needed, MomentLinks links) {
        String action = BehaviourPhrasing.asAction(behaviour.question());
        String reason = String.format(Locale.ROOT, "A quiz from your training unit on how to %s, %s after you last practised"
                        + " it: quizzes spaced just before what you learnt starts to slip make it stick. You have %d of the %d"
                        + " right answers in a row that complete the unit.",
                action, ReminderComposer.sinceLastPractice(due), rightInARow, needed);
        List<Action> actions = new ArrayList<>(item.actions(links));
        actions.add(NudgeActions.acknowledge());
        return new NudgeCopy("Quick quiz: " + Texts.truncate(action, 80), item.instruction(), reason, actions);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
