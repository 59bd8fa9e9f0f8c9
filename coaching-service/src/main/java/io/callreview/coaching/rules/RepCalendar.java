package io.callreview.coaching.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A rep's working hours in their time zone: nudges reach them only inside these windows. A window whose end comes
 * before its start is a night shift: it opens on each working day and closes the next morning, and its hours after
 * midnight belong to the working day it opened on (for the daily cap, too).
 */
public record RepCalendar(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workDays) {

    public RepCalendar {
        if (start.equals(end)) {
            throw new IllegalArgumentException("working hours must not start and end at the same time");
        }
        if (workDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        workDays = Collections.unmodifiableSet(EnumSet.copyOf(workDays)); // in week order, as the views show them
    }

    public boolean overnight() {
        return end.isBefore(start);
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate date = local.toLocalDate();
        if (overnight()) {
            return workDays.contains(date.getDayOfWeek()) && !time.isBefore(start)
                    || workDays.contains(date.minusDays(1).getDayOfWeek()) && time.isBefore(end);
        }
        return workDays.contains(date.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** {@code instant} itself when inside working hours, else the start of the next working window. */
    public Instant nextOpening(Instant instant) {
        if (isOpen(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (workDays.contains(date.getDayOfWeek()) && local.toLocalTime().isBefore(start)) {
            return opening(date);
        }
        return openingAfter(date);
    }

    /** The start of the first working window on a later working day than the one {@code instant} belongs to. */
    public Instant nextDayOpening(Instant instant) {
        return openingAfter(workingDay(instant));
    }

    /**
     * The day {@code instant} counts towards: the rep's local date, except in a night shift's hours after midnight,
     * which count towards the day the shift began.
     */
    public LocalDate workingDay(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        boolean lateInYesterdaysShift = overnight() && local.toLocalTime().isBefore(end)
                && workDays.contains(date.minusDays(1).getDayOfWeek());
        return lateInYesterdaysShift ? date.minusDays(1) : date;
    }

    /**
     * {@code span} after {@code from}, not counting the days off it crosses: two days from a Friday afternoon end on
     * Tuesday afternoon for a rep who works Monday to Friday.
     */
    public Instant afterWorkingDays(Instant from, Duration span) {
        ZonedDateTime end = from.atZone(zone).plus(span);
        for (LocalDate day = from.atZone(zone).toLocalDate().plusDays(1); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!workDays.contains(day.getDayOfWeek())) {
                end = end.plusDays(1);
            }
        }
        return end.toInstant();
    }

    private Instant openingAfter(LocalDate day) {
        LocalDate date = day.plusDays(1);
        while (!workDays.contains(date.getDayOfWeek())) {
            date = date.plusDays(1);
        }
        return opening(date);
    }

    private Instant opening(LocalDate date) {
        // atZone resolves a start inside a daylight-saving gap to the first valid instant after it
        return date.atTime(start).atZone(zone).toInstant();
    }
}
