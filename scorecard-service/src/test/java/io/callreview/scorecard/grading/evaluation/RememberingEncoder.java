package io.callreview.scorecard.grading.evaluation;

import io.callreview.scorecard.grading.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encodes each sentence once, for evaluations that grade the same calls many times over (a sweep of settings, rules
 * cut to a few examples in several draws): only the sentences it has not seen go to the model.
 */
final class RememberingEncoder implements SentenceEncoder {

    private final SentenceEncoder model;
    private final Map<String, float[]> seen = new ConcurrentHashMap<>();

    RememberingEncoder(SentenceEncoder model) {
        this.model = model;
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        List<String> missing = sentences.stream().filter(s -> !seen.containsKey(s)).distinct().toList();
        List<float[]> encoded = model.encode(missing);
        for (int i = 0; i < missing.size(); i++) {
            seen.put(missing.get(i), encoded.get(i));
        }
        List<float[]> vectors = new ArrayList<>(sentences.size());
        sentences.forEach(s -> vectors.add(seen.get(s)));
        return vectors;
    }
}
