package io.callreview.sim;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MemoryTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void recallDecaysAlongTheForgettingCurve() {
        Memory memory = new Memory(0.8, 0.3, 4, T0);
        assertThat(memory.retrievability(T0)).isEqualTo(1.0);
        assertThat(memory.retrievability(T0.plus(Duration.ofDays(4)))).isCloseTo(0.9, within(1e-9));
        assertThat(memory.retrievability(T0.plus(Duration.ofDays(20)))).isLessThan(memory.retrievability(T0.plus(Duration.ofDays(4))));
        assertThat(memory.doing(T0.plus(Duration.ofDays(20)))).isLessThan(memory.doing(T0));
    }

    @Test
    void practiceRaisesMemoryAndMoreSoTheLaterItComes() {
        Memory soon = new Memory(0.5, 0.3, 2, T0);
        Memory later = new Memory(0.5, 0.3, 2, T0);
        Instant afterADay = T0.plus(Duration.ofDays(1));
        Instant afterAWeek = T0.plus(Duration.ofDays(7));
        double before = later.retrievability(afterAWeek);

        soon.practise(afterADay, Exposure.RETRIEVAL, true, 1);
        later.practise(afterAWeek, Exposure.RETRIEVAL, true, 1);

        assertThat(later.retrievability(afterAWeek)).isEqualTo(1.0).isGreaterThan(before);
        assertThat(soon.stability()).isGreaterThan(2);
        assertThat(later.stability()).isGreaterThan(soon.stability());
        assertThat(later.skill()).isGreaterThan(0.5);
    }

    @Test
    void aFastLearnerGainsMoreFromTheSamePractice() {
        Memory slow = new Memory(0.5, 0.3, 2, T0);
        Memory fast = new Memory(0.5, 0.3, 2, T0);
        Instant at = T0.plus(Duration.ofDays(3));
        slow.practise(at, Exposure.FEEDBACK, true, 0.5);
        fast.practise(at, Exposure.FEEDBACK, true, 2);
        assertThat(fast.stability()).isGreaterThan(slow.stability());
        assertThat(fast.skill()).isGreaterThan(slow.skill());
    }

    @Test
    void forgettingItShrinksTheMemory() {
        Memory memory = new Memory(0.5, 0.3, 4, T0);
        memory.practise(T0.plus(Duration.ofDays(10)), Exposure.RETRIEVAL, false, 1);
        assertThat(memory.stability()).isLessThan(4);
    }
}
