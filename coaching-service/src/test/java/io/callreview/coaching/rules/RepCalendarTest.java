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
    void workingDayIsTheRepsDate() {
        assertThat(berlin.workingDay(Instant.parse("2025-03-05T23:30:00Z"))).hasToString("2025-03-06");
    }

    private final RepCalendar nights = new RepCalendar(ZoneId.of("America/Chicago"), LocalTime.of(22, 0), LocalTime.of(6, 0), WEEKDAYS);

    @Test
    void aNightShiftIsOpenFromItsStartUntilTheNextMorning() {
        // Chicago is UTC-6 in early March 2025
        assertThat(nights.overnight()).isTrue();
        assertThat(nights.isOpen(Instant.parse("2025-03-05T04:30:00Z"))).as("Tuesday 22:30").isTrue();
        assertThat(nights.isOpen(Instant.parse("2025-03-05T11:59:00Z"))).as("Wednesday 05:59").isTrue();
        assertThat(nights.isOpen(Instant.parse("2025-03-05T12:00:00Z"))).as("Wednesday 06:00, the end is exclusive").isFalse();
        assertThat(nights.isOpen(Instant.parse("2025-03-05T18:00:00Z"))).as("Wednesday noon").isFalse();
    }

    @Test
    void aNightShiftIsWaitedForFromTheDayBefore() {
        assertThat(nights.nextOpening(Instant.parse("2025-03-05T18:00:00Z"))).as("Wednesday noon -> Wednesday 22:00")
                .isEqualTo(Instant.parse("2025-03-06T04:00:00Z"));
    }

    @Test
    void theShiftThatBeganOnFridayRunsIntoSaturdayMorningAndTheNextOneIsMondayNight() {
        Instant saturdayThreeAm = Instant.parse("2025-03-08T09:00:00Z");
        assertThat(nights.isOpen(saturdayThreeAm)).isTrue();
        assertThat(nights.workingDay(saturdayThreeAm)).as("counts towards Friday").hasToString("2025-03-07");
        // daylight saving time begins on Sunday 9 March: Monday 22:00 is 03:00 UTC
        assertThat(nights.nextDayOpening(saturdayThreeAm)).as("Monday 22:00").isEqualTo(Instant.parse("2025-03-11T03:00:00Z"));
        assertThat(nights.isOpen(Instant.parse("2025-03-10T09:00:00Z"))).as("Monday 04:00: Sunday is no working day").isFalse();
        assertThat(nights.nextOpening(Instant.parse("2025-03-10T09:00:00Z"))).isEqualTo(Instant.parse("2025-03-11T03:00:00Z"));
    }

    @Test
    void theHoursAfterMidnightCountTowardsTheDayTheShiftBegan() {
        Instant wednesdayTwoAm = Instant.parse("2025-03-05T08:00:00Z");
        assertThat(nights.workingDay(wednesdayTwoAm)).hasToString("2025-03-04");
        assertThat(nights.nextDayOpening(wednesdayTwoAm)).as("the cap is reached: Wednesday 22:00, not Thursday's")
                .isEqualTo(Instant.parse("2025-03-06T04:00:00Z"));
        assertThat(nights.workingDay(Instant.parse("2025-03-06T04:30:00Z"))).as("Wednesday 22:30").hasToString("2025-03-05");
    }

    @Test
    void refusesHoursThatStartWhenTheyEndAndNoWorkingDays() {
        assertThatThrownBy(() -> new RepCalendar(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(9, 0), WEEKDAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepCalendar(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
