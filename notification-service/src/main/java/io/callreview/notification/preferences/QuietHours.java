package io.callreview.notification.preferences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A daily local window in which nothing interrupts the rep, such as {@code 21:00-08:00}. The start is
 * inclusive, the end exclusive; a window whose end is before its start crosses midnight.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** Parses {@code HH:mm-HH:mm}; blank means no quiet hours. */
    public static Optional<QuietHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must look like 21:00-08:00 (HH:mm-HH:mm, 24-hour local time)");
        }
        try {
            return Optional.of(new QuietHours(LocalTime.parse(matcher.group(1), HH_MM), LocalTime.parse(matcher.group(2), HH_MM)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must look like 21:00-08:00 with hours 00-23 and minutes 00-59");
        }
    }

    public boolean crossesMidnight() {
        return end.isBefore(start);
    }

    public boolean contains(LocalTime time) {
        return crossesMidnight()
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }

    /** The earliest instant at or after {@code instant} that lies outside the quiet hours in {@code zone}. */
    public Instant nextAllowed(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!contains(time)) {
            return instant;
        }
        LocalDate endDate = crossesMidnight() && !time.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return ZonedDateTime.of(endDate, end, zone).toInstant();
    }

    @Override
    public String toString() {
        return HH_MM.format(start) + "-" + HH_MM.format(end);
    }
}
