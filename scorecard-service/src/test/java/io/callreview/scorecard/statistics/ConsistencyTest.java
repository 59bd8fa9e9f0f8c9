package io.callreview.scorecard.statistics;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyTest {

    @Test
    void sameRateDifferentHabit() {
        Consistency alternating = Consistency.of(List.of(true, false, true, false, true, false));
        Consistency settled = Consistency.of(List.of(false, false, false, true, true, true));
        assertThat(alternating.adherence()).isEqualTo(settled.adherence());
        assertThat(alternating.repeatRate()).isEqualTo(0.0);
        assertThat(settled.repeatRate()).isEqualTo(1.0);
        assertThat(alternating.switches()).isEqualTo(5);
        assertThat(settled.switches()).isEqualTo(1);
        assertThat(settled.currentStreak()).isEqualTo(3);
        assertThat(alternating.longestStreak()).isEqualTo(1);
    }

    @Test
    void streakEndsWithAMiss() {
        Consistency lapsed = Consistency.of(List.of(true, true, true, false));
        assertThat(lapsed.currentStreak()).isZero();
        assertThat(lapsed.longestStreak()).isEqualTo(3);
        assertThat(lapsed.repeatRate()).isEqualTo(2.0 / 3);
    }

    @Test
    void noHistoryHasNoRate() {
        assertThat(Consistency.of(List.of()).repeatRate()).isNaN();
        assertThat(Consistency.of(List.of()).adherence()).isNaN();
    }
}
