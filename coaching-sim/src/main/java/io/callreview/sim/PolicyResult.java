package io.callreview.sim;

import java.util.List;
import java.util.Map;

/** A policy's weeks and the nudges it sent by kind, summed over every run, with its totals and its gain over no nudges at all. */
public record PolicyResult(String policy, List<WeekFigures> weeks, Map<String, Long> nudgesByKind) {

    public WeekFigures total() {
        return weeks.stream().reduce(new WeekFigures(0, 0, 0, 0, 0, 0), WeekFigures::plus);
    }

    /** Adherence over the last {@code n} weeks. */
    public double lastWeeksAdherence(int n) {
        return weeks.subList(Math.max(0, weeks.size() - n), weeks.size()).stream()
                .reduce(new WeekFigures(0, 0, 0, 0, 0, 0), WeekFigures::plus).adherence();
    }

    /**
     * Behaviours done on calls beyond what the same reps did on the same calls without nudges, per nudge sent; zero when
     * nothing was sent.
     */
    public double gainPerNudge(PolicyResult none) {
        long nudges = total().nudges();
        return nudges == 0 ? 0 : (double) (total().met() - none.total().met()) / nudges;
    }

    /** Adherence points over the whole run beyond no nudges. */
    public double adherenceGain(PolicyResult none) {
        return total().adherence() - none.total().adherence();
    }
}
