package io.callreview.coaching.rules;

/** The competence ladder. Coaching aims at the conscious stages, where performance is repeatable. */
public enum Stage {
    UNCONSCIOUSLY_INCOMPETENT(
            "Does not do it yet, and does not see the gap: the first step is to make the gap visible."),
    CONSCIOUSLY_INCOMPETENT(
            "Sees the gap but does not do it consistently yet: practice and feedback close it."),
    CONSCIOUSLY_COMPETENT(
            "Does it consistently and knows it: keep reinforcing until it becomes a habit."),
    UNCONSCIOUSLY_COMPETENT(
            "Does it as a habit, without having to think about it: mastered, no more nudges about it.");

    private final String meaning;

    Stage(String meaning) {
        this.meaning = meaning;
    }

    /** What the stage means, in words, for anyone reading a profile. */
    public String meaning() {
        return meaning;
    }
}
