package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the rep works, local to their time zone. notification-service keeps it with the rest of the rep's contact
 * schedule and publishes it; coaching-service plans its nudges inside it. An end before the start is a night shift,
 * which runs into the next morning.
 */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    /** Keeps the days in week order, Monday first. */
    public WorkingHours {
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** Whether every working minute lies in {@code quiet}, so that email and chat would only come after work. */
    public boolean within(QuietHours quiet) {
        return quiet.contains(start) && minutesFromStartTo(end) <= minutesFromStartTo(quiet.end());
    }

    private long minutesFromStartTo(LocalTime time) {
        return Math.floorMod(Duration.between(start, time).toMinutes(), 24 * 60);
    }

    public static WorkingHours defaults(NotificationConfig.Defaults defaults) {
        return new WorkingHours(defaults.workStart(), defaults.workEnd(), defaults.workDays());
    }

    /** What the rep stored; a row from before working hours were kept here takes the defaults. */
    public static WorkingHours of(RepPreferences stored, NotificationConfig.Defaults defaults) {
        return new WorkingHours(
                stored.workStart != null ? stored.workStart : defaults.workStart(),
                stored.workEnd != null ? stored.workEnd : defaults.workEnd(),
                stored.workDays != null ? parseDays(stored.workDays) : defaults.workDays());
    }

    static Set<DayOfWeek> parseDays(String days) {
        return Arrays.stream(days.split(","))
                .map(String::trim)
                .filter(day -> !day.isEmpty())
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    static String formatDays(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }
}
