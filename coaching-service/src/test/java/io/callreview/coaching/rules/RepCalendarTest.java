package io.callreview.coaching.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepCalendarTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final RepCalendar berlin = new RepCalendar(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 30), WEEKDAYS);

    @Test
    void workDaysAreKeptInWeekOrderWhateverOrderTheyCameIn() {
        RepCalendar calendar = new RepCalendar(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0),
                new LinkedHashSet<>(List.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY)));
        assertThat(calendar.workDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void insideWorkingHoursIsNow() {
        Instant wednesdayNoon = Instant.parse("2025-03-05T11:00:00Z"); // 12:00 in Berlin
        assertThat(berlin.isOpen(wednesdayNoon)).isTrue();
        assertThat(berlin.nextOpening(wednesdayNoon)).isEqualTo(wednesdayNoon);
    }

    @Test
    void earlyMorningWaitsForTheStartOfTheDay() {
        assertThat(berlin.nextOpening(Instant.parse("2025-03-05T06:00:00Z"))).isEqualTo(Instant.parse("2025-03-05T08:00:00Z"));
    }

    @Test
    void eveningWaitsForTheNextMorningAndTheEndIsExclusive() {
        Instant closing = Instant.parse("2025-03-05T16:30:00Z"); // 17:30 in Berlin
        assertThat(berlin.isOpen(closing)).isFalse();
        assertThat(berlin.nextOpening(closing)).isEqualTo(Instant.parse("2025-03-06T08:00:00Z"));
    }

    @Test
    void fridayEveningWaitsForMonday() {
        assertThat(berlin.nextOpening(Instant.parse("2025-03-07T18:00:00Z"))).isEqualTo(Instant.parse("2025-03-10T08:00:00Z"));
        assertThat(berlin.nextOpening(Instant.parse("2025-03-08T10:00:00Z"))).isEqualTo(Instant.parse("2025-03-10T08:00:00Z"));
    }

    @Test
    void followsDaylightSavingTime() {
        // Berlin moves to UTC+2 on 30 March 2025: 09:00 local is then 07:00 UTC
        assertThat(berlin.nextOpening(Instant.parse("2025-03-31T05:00:00Z"))).isEqualTo(Instant.parse("2025-03-31T07:00:00Z"));
    }

    @Test
    void nextDayOpeningSkipsTheRestOfToday() {
        assertThat(berlin.nextDayOpening(Instant.parse("2025-03-05T07:00:00Z"))).isEqualTo(Instant.parse("2025-03-06T08:00:00Z"));
    }

    @Test
    void localDateIsTheRepsDate() {
        assertThat(berlin.localDate(Instant.parse("2025-03-05T23:30:00Z"))).hasToString("2025-03-06");
    }

    @Test
    void refusesEmptyOrInvertedHours() {
        assertThatThrownBy(() -> new RepCalendar(ZoneId.of("UTC"), LocalTime.of(17, 0), LocalTime.of(9, 0), WEEKDAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepCalendar(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
