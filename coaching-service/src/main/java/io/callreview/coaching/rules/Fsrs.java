package io.callreview.coaching.rules;

import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, open-spaced-repetition project): a memory
 * has a stability S (days until recall probability falls to 90%) and a difficulty D (1..10); its
 * retrievability after t days is {@code R(t) = (1 + factor * t / S)^decay}, with
 * {@code decay = -w20} and {@code factor = 0.9^(1/decay) - 1}, so that R(S) = 0.9.
 *
 * <p>Reviews follow FSRS-6 as the reference implementations do: the first review sets the initial
 * stability and difficulty of its grade; later reviews on a later day use the recall or forget
 * stability formulas, and reviews on the same day the short-term one. Elapsed time is counted in whole
 * days (rounded) for reviews, as FSRS-6 was fitted on day-granular logs; retrievability between reviews
 * is continuous, so it can be read at any instant.
 */
public final class Fsrs {

    /** FSRS-6 default weights w0..w20, fitted on the open FSRS benchmark; w20 is the forgetting-curve decay. */
    public static final List<Double> FSRS6_DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public static final double MIN_STABILITY = 0.001;
    public static final double MAX_STABILITY = 36500;
    public static final double MIN_DIFFICULTY = 1;
    public static final double MAX_DIFFICULTY = 10;

    /** How well a behaviour was recalled on a review. Calls only ever give AGAIN (missed) or GOOD (met). */
    public enum Grade {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        final int value;

        Grade(int value) {
            this.value = value;
        }
    }

    public record MemoryState(double stability, double difficulty) {
    }

    private final double[] w;
    private final double decay;
    private final double factor;

    public Fsrs(List<Double> weights) {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        if (w[20] <= 0) {
            throw new IllegalArgumentException("w20 (decay) must be positive");
        }
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public static Fsrs withDefaults() {
        return new Fsrs(FSRS6_DEFAULT_WEIGHTS);
    }

    /** The state after a review: {@code previous} is null for the first review ever. */
    public MemoryState review(MemoryState previous, double elapsedDays, Grade grade) {
        if (previous == null) {
            return new MemoryState(initialStability(grade), initialDifficulty(grade));
        }
        long days = Math.round(Math.max(0, elapsedDays));
        double stability;
        if (days == 0) {
            stability = shortTermStability(previous.stability(), grade);
        } else {
            double r = retrievability(days, previous.stability());
            stability = grade == Grade.AGAIN
                    ? stabilityAfterForgetting(previous.stability(), previous.difficulty(), r)
                    : stabilityAfterRecall(previous.stability(), previous.difficulty(), r, grade);
        }
        return new MemoryState(stability, nextDifficulty(previous.difficulty(), grade));
    }

    /** Probability of recall {@code elapsedDays} after the last review. */
    public double retrievability(double elapsedDays, double stability) {
        double s = Math.max(stability, MIN_STABILITY);
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / s, decay);
    }

    /** Probability of recall at {@code at} of a memory last reviewed at {@code lastReview}. */
    public double retrievabilityAt(Instant lastReview, Instant at, double stability) {
        return retrievability(Days.between(lastReview, at), stability);
    }

    /** When the recall of a memory last reviewed at {@code lastReview} falls to {@code targetRetention}. */
    public Instant recallFallsAt(Instant lastReview, double stability, double targetRetention) {
        return lastReview.plus(Days.duration(intervalDays(stability, targetRetention)));
    }

    /** Days after the last review at which retrievability falls to {@code targetRetention}. */
    public double intervalDays(double stability, double targetRetention) {
        if (targetRetention <= 0 || targetRetention >= 1) {
            throw new IllegalArgumentException("target retention must lie strictly between 0 and 1");
        }
        return Math.max(0, stability / factor * (Math.pow(targetRetention, 1 / decay) - 1));
    }

    public double initialStability(Grade grade) {
        return Math.max(w[grade.value - 1], MIN_STABILITY);
    }

    public double initialDifficulty(Grade grade) {
        return clamp(rawInitialDifficulty(grade), MIN_DIFFICULTY, MAX_DIFFICULTY);
    }

    /** Linear damping towards 10, then mean reversion towards the initial difficulty of an EASY review. */
    public double nextDifficulty(double difficulty, Grade grade) {
        return clamp(meanReversion(dampedDifficulty(difficulty, grade)), MIN_DIFFICULTY, MAX_DIFFICULTY);
    }

    double dampedDifficulty(double difficulty, Grade grade) {
        double delta = -w[6] * (grade.value - 3);
        return difficulty + delta * (10 - difficulty) / 9;
    }

    double meanReversion(double difficulty) {
        return w[7] * rawInitialDifficulty(Grade.EASY) + (1 - w[7]) * difficulty;
    }

    public double stabilityAfterRecall(double stability, double difficulty, double retrievability, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? w[15] : 1;
        double easyBonus = grade == Grade.EASY ? w[16] : 1;
        double growth = Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus;
        return clampStability(stability * (1 + growth));
    }

    public double stabilityAfterForgetting(double stability, double difficulty, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double shortTermCeiling = stability / Math.exp(w[17] * w[18]);
        return clampStability(Math.min(longTerm, shortTermCeiling));
    }

    public double shortTermStability(double stability, Grade grade) {
        double increase = Math.exp(w[17] * (grade.value - 3 + w[18])) * Math.pow(stability, -w[19]);
        // fsrs-rs floors the same-day increase at 1 for every successful grade, so a same-day
        // success never lowers stability (py-fsrs floors GOOD and EASY only; calls never grade HARD).
        if (grade != Grade.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return clampStability(stability * increase);
    }

    private double rawInitialDifficulty(Grade grade) {
        return w[4] - Math.exp(w[5] * (grade.value - 1)) + 1;
    }

    private static double clampStability(double stability) {
        return clamp(stability, MIN_STABILITY, MAX_STABILITY);
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }
}
