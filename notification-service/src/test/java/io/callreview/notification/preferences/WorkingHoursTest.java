package io.callreview.notification.preferences;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingHoursTest {

    private static WorkingHours hours(int start, int end) {
        return new WorkingHours(LocalTime.of(start, 0), LocalTime.of(end, 0), EnumSet.of(DayOfWeek.MONDAY));
    }

    private static QuietHours quiet(String window) {
        return QuietHours.parse(window).orElseThrow();
    }

    @Test
    void aNightShiftLiesWithinTheDefaultQuietHoursADayShiftDoesNot() {
        assertThat(hours(22, 6).within(quiet("21:00-08:00"))).isTrue();
        assertThat(hours(23, 2).within(quiet("21:00-08:00"))).isTrue();
        assertThat(hours(9, 17).within(quiet("21:00-08:00"))).isFalse();
    }

    @Test
    void hoursThatReachOutOfTheQuietHoursAreNotWithinThem() {
        assertThat(hours(20, 6).within(quiet("21:00-08:00"))).as("starts before the quiet hours").isFalse();
        assertThat(hours(22, 9).within(quiet("21:00-08:00"))).as("ends after them").isFalse();
        assertThat(hours(18, 23).within(quiet("12:00-20:00"))).isFalse();
    }

    @Test
    void hoursEndingExactlyWhenTheQuietHoursEndAreWithinThem() {
        assertThat(hours(9, 17).within(quiet("09:00-17:00"))).isTrue();
        assertThat(hours(22, 8).within(quiet("21:00-08:00"))).isTrue();
    }
}
