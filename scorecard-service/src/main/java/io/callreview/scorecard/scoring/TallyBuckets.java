package io.callreview.scorecard.scoring;

import java.time.Instant;

/**
 * The buckets of the analytics tallies (V12): a day, or a week from Monday 00:00 UTC, each named by the epoch day
 * (UTC) it starts on.
 */
public final class TallyBuckets {

    public static final int DAY = 1;
    public static final int WEEK = 7;
    public static final long SECONDS_PER_DAY = 86_400;
    /** 1970-01-05, the first Monday: epoch day 4. */
    private static final long FIRST_MONDAY = 4;

    private TallyBuckets() {
    }

    /** The epoch day (UTC) of an instant. */
    public static long day(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
    }

    /** The Monday on or before an epoch day. */
    public static long weekStart(long day) {
        return day - Math.floorMod(day - FIRST_MONDAY, WEEK);
    }

    /** The Monday on or after an epoch day. */
    public static long nextWeekStart(long day) {
        return day + Math.floorMod(FIRST_MONDAY - day, WEEK);
    }

    public static Instant startOf(long day) {
        return Instant.ofEpochSecond(day * SECONDS_PER_DAY);
    }
}
