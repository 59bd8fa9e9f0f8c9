package io.callreview.scorecard.grading;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearestTest {

    @Test
    void picksWhatAStableDescendingSortPutsFirst() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int size = random.nextInt(12);
            // few distinct values, so that ties are common; -0.0 and 0.0 differ for Double.compare
            double[] values = random.doubles(size).map(v -> Math.round(v * 4) / 4.0 - 0.5).toArray();
            if (size > 1 && random.nextBoolean()) {
                values[0] = -0.0;
                values[size - 1] = 0.0;
            }
            int k = 1 + random.nextInt(6);
            Integer[] sorted = IntStream.range(0, size).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, (a, b) -> Double.compare(values[b], values[a]));
            int[] expected = Arrays.stream(sorted).limit(k).mapToInt(Integer::intValue).toArray();

            assertThat(Nearest.indexes(size, k, i -> values[i])).as("%s, k=%d", Arrays.toString(values), k).containsExactly(expected);
        }
    }

    @Test
    void nothingFromNothing() {
        assertThat(Nearest.indexes(0, 5, i -> 0)).isEmpty();
    }
}
