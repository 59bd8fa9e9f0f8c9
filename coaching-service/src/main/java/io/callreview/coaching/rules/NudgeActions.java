package io.callreview.coaching.rules;

import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import java.util.List;

/** The buttons a nudge offers the rep. */
public final class NudgeActions {

    /** Where a link to a moment of a call leads; the service's configuration knows the app's address. */
    @FunctionalInterface
    public interface MomentLinks {
        /** A moment of a call, for its own rep and their coaches: the whole call, opened there. */
        String callMoment(String callId, Long atMs);

        /**
         * A moment of a teammate's call where they did a behaviour well, which a rep may open while the teammate shares
         * it; by default the same link as {@link #callMoment}.
         */
        default String teammateMoment(String callId, Long atMs) {
            return callMoment(callId, atMs);
        }
    }

    private NudgeActions() {
    }

    public static Action acknowledge() {
        return new Action(ActionType.ACKNOWLEDGE, "Got it", null, null);
    }

    /** Opens a page of the app: a training unit, a mentoring pairing. */
    public static Action open(String label, String url) {
        return new Action(ActionType.OPEN_LINK, label, url, null);
    }

    public static Action listen(String label, String url) {
        return new Action(ActionType.OPEN_CALL_MOMENT, label, url, null);
    }

    /** Asks what made a behaviour work, answered in the rep's own words or by picking one of {@code choices}. */
    public static Action reflection(String question, List<String> choices) {
        return new Action(ActionType.REFLECTION, "What made it work?", null, question, choices);
    }

    /** A multiple-choice question; the right choice stays with coaching-service. */
    public static Action quiz(String question, List<String> choices) {
        return new Action(ActionType.QUIZ, "Answer", null, question, choices);
    }

    /** Asks the rep whether they did the behaviour on the call; their answer is compared with its verdict. */
    public static Action selfAssessment(String question) {
        return new Action(ActionType.SELF_ASSESSMENT, "Did you do it?", null, BehaviourPhrasing.asSelfCheck(question));
    }
}
