package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaysTest {

    private static final Instant START = Instant.parse("2025-03-03T10:00:00Z");

    @Test
    void countsFractionalDaysBetweenInstants() {
        assertThat(Days.between(START, START.plus(Duration.ofHours(36)))).isEqualTo(1.5);
        assertThat(Days.between(START.plus(Duration.ofHours(12)), START)).isEqualTo(-0.5);
    }

    @Test
    void turnsDaysIntoADurationToTheMillisecondAndCapsItAtAHundredYears() {
        assertThat(Days.duration(1.5)).isEqualTo(Duration.ofHours(36));
        assertThat(Days.duration(1.0 / 86_400_000 * 0.6)).isEqualTo(Duration.ofMillis(1));
        assertThat(Days.duration(Double.MAX_VALUE)).isEqualTo(Duration.ofDays(36_500));
    }

    @Test
    void roughlyIsInHoursBelowTwoDaysAndInWholeDaysFromThere() {
        assertThat(Days.roughly(Duration.ofMinutes(20))).isEqualTo("1 hour");
        assertThat(Days.roughly(Duration.ofHours(36))).isEqualTo("36 hours");
        assertThat(Days.roughly(Duration.ofHours(48))).isEqualTo("2 days");
        assertThat(Days.roughly(Duration.ofHours(83))).isEqualTo("3 days");
        assertThat(Days.roughly(Duration.ofHours(85))).isEqualTo("4 days");
    }
}
