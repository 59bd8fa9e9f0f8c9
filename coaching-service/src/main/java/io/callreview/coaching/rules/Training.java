package io.callreview.coaching.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Training units as rules: which behaviours get one (where the diagnosis is training, the most valuable gaps first, a few
 * open at a time, never a second on the same behaviour), and how an open one ends: withdrawn before the rep did it
 * when they reached the target or their calls show they know how after all (a coach's correction of the grades that
 * led to it, say) or no call that counts grades the behaviour any more, passed after enough quizzes answered right in a
 * row once it was done (a wrong one restarts the count).
 */
public final class Training {

    /** How an open unit ends. */
    public enum Ending { WITHDRAWN, PASSED }

    /** An ending, with the reason in the rep's words. */
    public record End(Ending ending, String reason) {
    }

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

    /**
     * How an open unit ends now, if it does.
     *
     * @param done            the rep went through it (its quizzes run)
     * @param diagnosis       the behaviour's diagnosis now; asked only before the unit is done
     * @param gradesSinceDone the quiz grades since it was done, oldest first; asked only when done
     */
    public static Optional<End> ending(boolean done, boolean atTarget, Supplier<Diagnoses.Diagnosis> diagnosis,
                                       Supplier<List<Fsrs.Grade>> gradesSinceDone, int quizzesToPass) {
        if (!done && atTarget) {
            return Optional.of(new End(Ending.WITHDRAWN, "No longer needed: the rep reached the target without it."));
        }
        if (!done) {
            Diagnoses.Diagnosis now = diagnosis.get();
            return now.approach() == Approach.COACHING
                    ? Optional.of(new End(Ending.WITHDRAWN, "No longer needed: the rep's calls show they know how. " + now.reason()))
                    : Optional.empty();
        }
        return passed(gradesSinceDone.get(), quizzesToPass)
                ? Optional.of(new End(Ending.PASSED, "Passed: " + quizzesToPass + " quizzes answered right in a row."))
                : Optional.empty();
    }

    /**
     * How an open unit ends once no call that counts grades its behaviour any more (the calls that did were set aside or
     * moved to another rep): one not done yet is withdrawn, as nothing justifies it; one done stays, for its quizzes.
     */
    public static Optional<End> endingWithoutCalls(boolean done) {
        return done ? Optional.empty()
                : Optional.of(new End(Ending.WITHDRAWN, "No longer needed: none of the rep's calls that count grade the behaviour."));
    }

    /**
     * The behaviours to assign a unit on now.
     *
     * @param mostValuableFirst the rep's behaviours, most valuable first (weight x gap)
     * @param hadUnit           whether the rep ever had a unit on a behaviour
     * @param needsTraining     whether the diagnosis of a behaviour is training; asked last, as it looks at peers
     * @param open              units open now
     */
    public static List<String> toAssign(List<String> mostValuableFirst, Predicate<String> hadUnit, Predicate<String> needsTraining,
                                        long open, int maxOpenUnits) {
        List<String> assign = new ArrayList<>();
        for (String key : mostValuableFirst) {
            if (open + assign.size() >= maxOpenUnits) {
                break;
            }
            if (!hadUnit.test(key) && needsTraining.test(key)) {
                assign.add(key);
            }
        }
        return assign;
    }
}
