package io.callreview.notification.preferences;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void windowAcrossMidnightContainsLateEveningAndEarlyMorning() {
        QuietHours quiet = QuietHours.parse("21:00-08:00").orElseThrow();
        assertThat(quiet.crossesMidnight()).isTrue();
        assertThat(quiet.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(quiet.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(quiet.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(quiet.contains(LocalTime.of(7, 59))).isTrue();
        assertThat(quiet.contains(LocalTime.of(8, 0))).isFalse();
        assertThat(quiet.contains(LocalTime.of(20, 59))).isFalse();
    }

    @Test
    void windowWithinADay() {
        QuietHours lunch = QuietHours.parse("12:00-13:30").orElseThrow();
        assertThat(lunch.crossesMidnight()).isFalse();
        assertThat(lunch.contains(LocalTime.of(12, 0))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 29))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 30))).isFalse();
        assertThat(lunch.contains(LocalTime.of(11, 59))).isFalse();
    }

    @Test
    void nextAllowedIsTheEndOfTheWindowInTheRepsZone() {
        QuietHours quiet = QuietHours.parse("21:00-08:00").orElseThrow();
        // 22:30 in Berlin (winter, UTC+1) -> 08:00 next morning
        assertThat(quiet.nextAllowed(Instant.parse("2031-01-10T21:30:00Z"), BERLIN)).isEqualTo(Instant.parse("2031-01-11T07:00:00Z"));
        // 03:00 in Berlin -> 08:00 the same morning
        assertThat(quiet.nextAllowed(Instant.parse("2031-01-11T02:00:00Z"), BERLIN)).isEqualTo(Instant.parse("2031-01-11T07:00:00Z"));
        // outside the window: now
        assertThat(quiet.nextAllowed(Instant.parse("2031-01-11T10:00:00Z"), BERLIN)).isEqualTo(Instant.parse("2031-01-11T10:00:00Z"));
    }

    @Test
    void nextAllowedFollowsDaylightSavingTime() {
        QuietHours quiet = QuietHours.parse("21:00-08:00").orElseThrow();
        // night of the spring change in Berlin (2031-03-30): 08:00 local is already UTC+2
        assertThat(quiet.nextAllowed(Instant.parse("2031-03-29T21:00:00Z"), BERLIN)).isEqualTo(Instant.parse("2031-03-30T06:00:00Z"));
    }

    @Test
    void blankMeansNoneAndNonsenseIsRefused() {
        assertThat(QuietHours.parse("")).isEmpty();
        assertThat(QuietHours.parse(null)).isEmpty();
        assertThatThrownBy(() -> QuietHours.parse("9pm-8am")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21:00-08:00");
        assertThatThrownBy(() -> QuietHours.parse("24:00-08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.parse("21:60-08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.parse("08:00-08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuietHours.parse(" 22:15-06:45 ").orElseThrow()).hasToString("22:15-06:45");
    }
}
