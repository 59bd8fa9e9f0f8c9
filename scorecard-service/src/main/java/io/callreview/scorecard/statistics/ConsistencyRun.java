package io.callreview.scorecard.statistics;

import java.util.List;

/**
 * What {@link Consistency} needs to know of a stretch of consecutive decided observations, in a form that joins with
 * the next stretch exactly: a day's or a week's calls can be summarised once and the summaries of a period chained in
 * call order.
 *
 * @param calls     decided observations (met or missed)
 * @param met       how many were met
 * @param firstMet  whether the first was met (false when there is none)
 * @param lastMet   whether the last was met (false when there is none)
 * @param leading   met calls in a row from the first
 * @param trailing  met calls in a row up to the last
 * @param longest   longest run of met calls
 * @param switches  changes between met and missed from one call to the next
 * @param repeats   met calls followed by another met call
 */
public record ConsistencyRun(int calls, int met, boolean firstMet, boolean lastMet, int leading, int trailing, int longest,
                             int switches, int repeats) {

    public static final ConsistencyRun NONE = new ConsistencyRun(0, 0, false, false, 0, 0, 0, 0, 0);

    public static ConsistencyRun of(List<Boolean> metInOrder) {
        ConsistencyRun run = NONE;
        for (boolean met : metInOrder) {
            run = run.then(met ? new ConsistencyRun(1, 1, true, true, 1, 1, 1, 0, 0)
                    : new ConsistencyRun(1, 0, false, false, 0, 0, 0, 0, 0));
        }
        return run;
    }

    /** This stretch followed directly by {@code later}. */
    public ConsistencyRun then(ConsistencyRun later) {
        if (calls == 0) {
            return later;
        }
        if (later.calls == 0) {
            return this;
        }
        boolean joinMet = lastMet && later.firstMet;
        return new ConsistencyRun(calls + later.calls, met + later.met, firstMet, later.lastMet,
                leading == calls ? calls + later.leading : leading,
                later.trailing == later.calls ? later.calls + trailing : later.trailing,
                Math.max(Math.max(longest, later.longest), trailing + later.leading),
                switches + later.switches + (lastMet == later.firstMet ? 0 : 1),
                repeats + later.repeats + (joinMet ? 1 : 0));
    }

    public Consistency consistency() {
        int followedByAnother = met - (lastMet ? 1 : 0);
        double repeatRate = followedByAnother == 0 ? Double.NaN : (double) repeats / followedByAnother;
        return new Consistency(calls, met, repeatRate, trailing, longest, switches);
    }
}
