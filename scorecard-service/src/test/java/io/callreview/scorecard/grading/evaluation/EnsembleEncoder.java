package io.callreview.scorecard.grading.evaluation;

import io.callreview.scorecard.grading.SentenceEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Several sentence models read as one: each model's unit vector, scaled by the square root of its weight, laid end to
 * end. The dot product of two such vectors is the weighted mean of the models' cosines, so the grader needs no change.
 */
final class EnsembleEncoder implements SentenceEncoder {

    private final List<SentenceEncoder> models;
    private final double[] scales;

    EnsembleEncoder(List<SentenceEncoder> models, double[] weights) {
        this.models = List.copyOf(models);
        double total = Arrays.stream(weights).sum();
        this.scales = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            scales[i] = Math.sqrt(weights[i] / total);
        }
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        List<List<float[]>> each = models.stream().map(m -> m.encode(sentences)).toList();
        return IntStream.range(0, sentences.size()).mapToObj(i -> join(each, i)).toList();
    }

    private float[] join(List<List<float[]>> each, int sentence) {
        int length = each.stream().mapToInt(vectors -> vectors.get(sentence).length).sum();
        float[] joined = new float[length];
        int at = 0;
        for (int m = 0; m < each.size(); m++) {
            float[] v = each.get(m).get(sentence);
            for (float x : v) {
                joined[at++] = (float) (x * scales[m]);
            }
        }
        return joined;
    }
}
