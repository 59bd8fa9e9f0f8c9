package io.callreview.coaching.rules;

import java.util.List;

/** When a training unit is learned: after it was done, enough quizzes answered right in a row (a wrong one restarts the count). */
public final class Training {

    private Training() {
    }

    /** Right answers at the end of the quiz grades since the unit was done, oldest first. */
    public static int rightInARow(List<Fsrs.Grade> gradesSinceDone) {
        int streak = 0;
        for (int i = gradesSinceDone.size() - 1; i >= 0 && gradesSinceDone.get(i) == Fsrs.Grade.GOOD; i--) {
            streak++;
        }
        return streak;
    }

    public static boolean passed(List<Fsrs.Grade> gradesSinceDone, int needed) {
        return rightInARow(gradesSinceDone) >= needed;
    }
}
