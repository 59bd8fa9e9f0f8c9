package io.callreview.coaching.rules;

/**
 * The competence ladder, from two separate signals: whether the rep does the behaviour (their calls) and whether they
 * know it (their answers: do they see the gap, can they say why it works). Coaching aims at the conscious stages,
 * where performance is repeatable; conscious competence shown consistently is the target.
 */
public enum Stage {
    UNCONSCIOUSLY_INCOMPETENT(
            "Does not do it consistently yet, and nothing shows they see the gap: the first step is to make the gap visible."),
    CONSCIOUSLY_INCOMPETENT(
            "Sees the gap, or knows how, but does not do it consistently yet: practice and feedback close it."),
    CONSCIOUSLY_COMPETENT(
            "Does it and can say why it works: repeatable and teachable. Shown consistently, this is the target and routine"
                    + " nudges about it stop; a lapse brings them back."),
    UNCONSCIOUSLY_COMPETENT(
            "Does it but cannot say why: good, but not repeatable or teachable yet. Reflection prompts after calls where"
                    + " it went well make it conscious.");

    private final String meaning;

    Stage(String meaning) {
        this.meaning = meaning;
    }

    /** What the stage means, in words, for anyone reading a profile. */
    public String meaning() {
        return meaning;
    }

    public boolean competent() {
        return this == CONSCIOUSLY_COMPETENT || this == UNCONSCIOUSLY_COMPETENT;
    }
}
