package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.NudgeRequested.Action;
import java.util.ArrayList;
import java.util.List;

/** Words the two notices of a mentoring pairing: one to the rep, one to the mentor. */
public final class MentoringComposer {

    /**
     * A pairing; the example moment is absent when the mentor does not share their moments.
     *
     * @param reason why the rep is paired, in their words
     */
    public record Pairing(String repId, String mentorId, String behaviourKey, String question, String reason,
                          String exampleCallId, Long exampleAtMs, String exampleQuote) {

        boolean hasExample() {
            return exampleCallId != null && exampleQuote != null;
        }
    }

    private MentoringComposer() {
    }

    public static NudgeCopy toRep(Pairing pairing, String url, MomentLinks links) {
        String action = BehaviourPhrasing.asAction(pairing.question());
        StringBuilder body = new StringBuilder("Your teammate ").append(pairing.mentorId()).append(" does this well and can")
                .append(" show you how to ").append(action).append(". Find 15 minutes together this week.");
        List<Action> actions = new ArrayList<>();
        actions.add(NudgeActions.open("See the pairing", url));
        if (pairing.hasExample()) {
            body.append(" Before you meet, listen to how they do it")
                    .append(pairing.exampleAtMs() != null ? " (at " + Figures.clock(pairing.exampleAtMs()) + ")" : "")
                    .append(": “").append(pairing.exampleQuote()).append("”");
            actions.add(NudgeActions.listen("Hear their moment", links.teammateMoment(pairing.exampleCallId(), pairing.exampleAtMs())));
        }
        actions.add(NudgeActions.acknowledge());
        return new NudgeCopy("Mentoring: " + Texts.truncate(action, 80), body.toString(),
                pairing.reason(), actions);
    }

    public static NudgeCopy toMentor(Pairing pairing, String url, MomentLinks links) {
        String action = BehaviourPhrasing.asAction(pairing.question());
        List<Action> actions = new ArrayList<>();
        actions.add(NudgeActions.open("See the pairing", url));
        if (pairing.hasExample()) {
            actions.add(NudgeActions.listen("Your moment", links.callMoment(pairing.exampleCallId(), pairing.exampleAtMs())));
        }
        actions.add(NudgeActions.acknowledge());
        return new NudgeCopy("Could you mentor " + pairing.repId() + "?", "You consistently " + action + " and can say why it"
                + " works. " + pairing.repId() + " is working on it: could you find 15 minutes this week to show them how you"
                + " do it? Record it in the app once you have met.",
                "You " + action + " on call after call and have said why it works, so you can show a teammate how.", actions);
    }
}
