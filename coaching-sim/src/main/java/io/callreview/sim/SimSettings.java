package io.callreview.sim;

import java.util.Map;

/**
 * The knobs of a simulation run.
 *
 * @param seed             everything random follows from it: the same seed gives the same run
 * @param reps             reps in the team
 * @param weeks            simulated weeks
 * @param minCallsPerWeek  fewest scored calls a rep makes in a week
 * @param maxCallsPerWeek  most scored calls a rep makes in a week
 * @param openRate         chance that a rep opens a nudge they get (only an opened nudge is practice)
 * @param graderAccuracy   chance that the automatic grade of a behaviour on a call is right
 * @param learningSpread   spread of the reps' learning rates (log-normal sigma around 1)
 * @param trainingDoneRate chance that a rep who opens a training notice goes through the unit
 */
public record SimSettings(long seed, int reps, int weeks, int minCallsPerWeek, int maxCallsPerWeek, double openRate,
                          double graderAccuracy, double learningSpread, double trainingDoneRate) {

    public static SimSettings defaults() {
        return new SimSettings(20261201L, 40, 12, 3, 6, 0.6, 0.87, 0.4, 0.8);
    }

    public SimSettings withSeed(long seed) {
        return new SimSettings(seed, reps, weeks, minCallsPerWeek, maxCallsPerWeek, openRate, graderAccuracy, learningSpread,
                trainingDoneRate);
    }

    /** The defaults with what the options ({@code seed}, {@code reps}, {@code weeks}, {@code open-rate}, {@code grader-accuracy}) set. */
    public static SimSettings of(Map<String, String> options) {
        SimSettings d = defaults();
        return new SimSettings(Long.parseLong(options.getOrDefault("seed", String.valueOf(d.seed))),
                Integer.parseInt(options.getOrDefault("reps", String.valueOf(d.reps))),
                Integer.parseInt(options.getOrDefault("weeks", String.valueOf(d.weeks))), d.minCallsPerWeek, d.maxCallsPerWeek,
                Double.parseDouble(options.getOrDefault("open-rate", String.valueOf(d.openRate))),
                Double.parseDouble(options.getOrDefault("grader-accuracy", String.valueOf(d.graderAccuracy))), d.learningSpread,
                d.trainingDoneRate);
    }
}
