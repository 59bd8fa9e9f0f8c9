package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VectorSetTest {

    @Test
    void eachSimilarityIsTheDotProductWithThatVectorInOrder() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            vectors.add(unit(random));
        }
        float[] sentence = unit(random);

        double[] similarities = new VectorSet(vectors).similarities(sentence);

        assertThat(similarities).hasSize(vectors.size());
        for (int j = 0; j < vectors.size(); j++) {
            assertThat(similarities[j]).as("vector %d", j).isCloseTo(SentenceEncoder.similarity(sentence, vectors.get(j)), within(1e-6));
        }
        assertThat(new VectorSet(List.of(sentence)).similarities(sentence)[0]).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void anEmptySetHasNoSimilarities() {
        assertThat(new VectorSet(List.of()).similarities(new float[] {1, 0})).isEmpty();
    }

    private static float[] unit(Random random) {
        float[] vector = new float[384];
        double norm = 0;
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) random.nextGaussian();
            norm += vector[d] * vector[d];
        }
        for (int d = 0; d < vector.length; d++) {
            vector[d] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
