package io.callreview.coaching.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A rep's working hours in their time zone: nudges reach them only inside these windows. */
public record RepCalendar(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> workDays) {

    public RepCalendar {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must start before they end");
        }
        if (workDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        workDays = Collections.unmodifiableSet(EnumSet.copyOf(workDays)); // in week order, as the views show them
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return workDays.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
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
        return nextDayOpening(instant);
    }

    /** The start of the first working window on a later local day than {@code instant}'s. */
    public Instant nextDayOpening(Instant instant) {
        LocalDate date = localDate(instant).plusDays(1);
        while (!workDays.contains(date.getDayOfWeek())) {
            date = date.plusDays(1);
        }
        return opening(date);
    }

    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant opening(LocalDate date) {
        // atZone resolves a start inside a daylight-saving gap to the first valid instant after it
        return date.atTime(start).atZone(zone).toInstant();
    }
}
