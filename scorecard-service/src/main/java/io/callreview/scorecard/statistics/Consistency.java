package io.callreview.scorecard.statistics;

import java.util.List;

/**
 * How steadily a rep shows a behaviour across consecutive calls, beyond how often: a rep who meets it on
 * alternate calls and one who met it on the first half and never since share a rate, not a habit.
 *
 * @param calls           decided observations (met or missed), oldest first
 * @param met             how many were met
 * @param repeatRate      P(met | met on the previous call): the habit; NaN before any met call was followed by another
 * @param currentStreak   met calls in a row up to the latest
 * @param longestStreak   longest run of met calls
 * @param switches        changes between met and missed from one call to the next
 */
public record Consistency(int calls, int met, double repeatRate, int currentStreak, int longestStreak, int switches) {

    public static Consistency of(List<Boolean> metInOrder) {
        int met = 0;
        int followedByAnother = 0;
        int repeated = 0;
        int streak = 0;
        int longest = 0;
        int switches = 0;
        Boolean previous = null;
        for (boolean current : metInOrder) {
            if (current) {
                met++;
                streak++;
                longest = Math.max(longest, streak);
            } else {
                streak = 0;
            }
            if (previous != null) {
                if (previous) {
                    followedByAnother++;
                    if (current) {
                        repeated++;
                    }
                }
                if (previous != current) {
                    switches++;
                }
            }
            previous = current;
        }
        double repeatRate = followedByAnother == 0 ? Double.NaN : (double) repeated / followedByAnother;
        return new Consistency(metInOrder.size(), met, repeatRate, streak, longest, switches);
    }

    public double adherence() {
        return calls == 0 ? Double.NaN : (double) met / calls;
    }
}
