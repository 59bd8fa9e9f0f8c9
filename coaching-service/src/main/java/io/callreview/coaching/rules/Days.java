package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;

/** Time in days, as the memory model counts it: fractional days between instants, and back. */
public final class Days {

    private static final double MILLIS_PER_DAY = 86_400_000d;
    /** A hundred years: further than any schedule looks ahead, and within what a Duration can hold. */
    private static final double MAX_DAYS = 36_500;

    private Days() {
    }

    public static double between(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / MILLIS_PER_DAY;
    }

    public static Duration duration(double days) {
        return Duration.ofMillis(Math.round(Math.min(days, MAX_DAYS) * MILLIS_PER_DAY));
    }

    /** About how long, as a rep reads it: whole days from two days on ("3 days"), else hours ("36 hours"). */
    public static String roughly(Duration duration) {
        if (duration.toMinutes() >= 48 * 60) {
            long days = Math.round(duration.toMinutes() / 1440.0);
            return days + " days";
        }
        long hours = Math.max(1, Math.round(duration.toMinutes() / 60.0));
        return hours + (hours == 1 ? " hour" : " hours");
    }

    /** "7 days", "1 day", or hours below a day. */
    public static String describe(Duration duration) {
        long days = duration.toDays();
        if (days >= 1 && duration.equals(Duration.ofDays(days))) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = Math.max(1, Math.round(duration.toMinutes() / 60.0));
        return hours + (hours == 1 ? " hour" : " hours");
    }
}
