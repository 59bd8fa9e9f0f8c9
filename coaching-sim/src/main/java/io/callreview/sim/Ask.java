package io.callreview.sim;

import io.callreview.coaching.rules.PracticeItem;

/**
 * One thing a nudge asks the rep to do about a behaviour.
 *
 * @param item   the practice item of a {@link Type#QUESTION} or {@link Type#READ}, else null
 * @param callId the call a {@link Type#SELF_ASSESSMENT} or {@link Type#REFLECTION} is about, else null
 */
public record Ask(Type type, String behaviourKey, PracticeItem item, String callId) {

    public enum Type {
        /** "Did you do it on that call?" after feedback naming it as the focus. */
        SELF_ASSESSMENT,
        /** "What did you do that made it work?" about a behaviour done on the call. */
        REFLECTION,
        /** A quiz or an open question, answered from memory. */
        QUESTION,
        /** A phrasing to try or a teammate's moment to listen to. */
        READ,
        /** A training unit to go through. */
        TRAINING
    }

    public static Ask question(String behaviourKey, PracticeItem item) {
        return new Ask(Type.QUESTION, behaviourKey, item, null);
    }
}
