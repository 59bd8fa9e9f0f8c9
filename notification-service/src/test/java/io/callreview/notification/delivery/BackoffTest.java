package io.callreview.notification.delivery;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 0.5);

    @Test
    void doublesPerAttemptUpToTheCapWithoutJitter() {
        assertThat(backoff.delay(1, () -> 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(2, () -> 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(3, () -> 0)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delay(10, () -> 0)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.delay(1000, () -> 0)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterTakesAtMostItsShareOff() {
        assertThat(backoff.delay(2, () -> 0.999999)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31));
        assertThat(backoff.delay(2, () -> 0.5)).isEqualTo(Duration.ofSeconds(45));
    }
}
