package io.callreview.coaching.rules;

import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;

/** The buttons a nudge offers the rep. */
public final class NudgeActions {

    /** Where a link to a moment of a call leads; the service's configuration knows the app's address. */
    @FunctionalInterface
    public interface MomentLinks {
        String callMoment(String callId, Long atMs);
    }

    private NudgeActions() {
    }

    public static Action acknowledge() {
        return new Action(ActionType.ACKNOWLEDGE, "Got it", null, null);
    }

    public static Action listen(String label, String url) {
        return new Action(ActionType.OPEN_CALL_MOMENT, label, url, null);
    }

    /** Asks the rep whether they did the behaviour on the call; their answer is compared with its verdict. */
    public static Action selfAssessment(String question) {
        return new Action(ActionType.SELF_ASSESSMENT, "Did you do it?", null, BehaviourPhrasing.asSelfCheck(question));
    }
}
