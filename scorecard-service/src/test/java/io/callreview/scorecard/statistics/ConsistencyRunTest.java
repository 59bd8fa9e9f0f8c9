package io.callreview.scorecard.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyRunTest {

    /** Any sequence cut anywhere into stretches: the stretches' runs chained give what the whole sequence gives. */
    @Test
    void stretchesChainedInOrderAreTheWholeSequence() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            List<Boolean> sequence = new ArrayList<>();
            int length = random.nextInt(25);
            double metRate = random.nextDouble();
            for (int i = 0; i < length; i++) {
                sequence.add(random.nextDouble() < metRate);
            }
            ConsistencyRun chained = ConsistencyRun.NONE;
            int start = 0;
            do {
                int end = start + random.nextInt(length - start + 1);
                chained = chained.then(ConsistencyRun.of(sequence.subList(start, end)));
                start = end;
            } while (start < length);
            assertThat(chained.consistency()).as("%s", sequence)
                    .isEqualTo(Consistency.of(sequence));
        }
    }

    @Test
    void aRunAcrossTheJoinCountsOnceWithItsRepeat() {
        ConsistencyRun week = ConsistencyRun.of(List.of(false, true, true)).then(ConsistencyRun.of(List.of(true, true, false)));
        assertThat(week.longest()).isEqualTo(4);
        assertThat(week.repeats()).isEqualTo(3);
        assertThat(week.switches()).isEqualTo(2);
        assertThat(week.trailing()).isZero();
        assertThat(week.leading()).isZero();
    }

    @Test
    void nothingChainedIsNothing() {
        ConsistencyRun some = ConsistencyRun.of(List.of(true, false));
        assertThat(ConsistencyRun.NONE.then(some)).isEqualTo(some);
        assertThat(some.then(ConsistencyRun.NONE)).isEqualTo(some);
        assertThat(ConsistencyRun.NONE.consistency().repeatRate()).isNaN();
    }
}
