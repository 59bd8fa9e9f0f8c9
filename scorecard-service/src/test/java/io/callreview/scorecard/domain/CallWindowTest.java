package io.callreview.scorecard.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallWindowTest {

    private static final long TEN_MINUTES = 600_000;
    private static final long HOUR = 3_600_000;

    @Test
    void lastTwentyPercent() {
        CallWindow window = CallWindow.lastPercent(20);
        assertThat(window.contains(HOUR * 79 / 100, HOUR)).isFalse();
        assertThat(window.contains(HOUR * 81 / 100, HOUR)).isTrue();
    }

    @Test
    void firstTenMinutes() {
        CallWindow window = CallWindow.firstMinutes(10);
        assertThat(window.contains(TEN_MINUTES - 1, HOUR)).isTrue();
        assertThat(window.contains(TEN_MINUTES + 1, HOUR)).isFalse();
    }

    @Test
    void lastMinutesOfTheCall() {
        CallWindow window = new CallWindow(0, 100, null, 5);
        assertThat(window.contains(HOUR - 4 * 60_000, HOUR)).isTrue();
        assertThat(window.contains(HOUR - 6 * 60_000, HOUR)).isFalse();
    }
}
