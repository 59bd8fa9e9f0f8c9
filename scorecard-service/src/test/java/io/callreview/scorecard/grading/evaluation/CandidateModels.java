package io.callreview.scorecard.grading.evaluation;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import io.callreview.scorecard.grading.OnnxSentenceEncoder;
import io.callreview.scorecard.grading.OnnxSentenceEncoder.Model;
import io.callreview.scorecard.grading.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sentence models the evaluation can compare with the grader's own (bench/grading-eval.sh --model): one by name,
 * or several weighted, e.g. {@code bge:3+e5:1}, read as one ({@link EnsembleEncoder}).
 */
final class CandidateModels {

    private static final Map<String, Model> BY_NAME = Map.of(
            "bge", OnnxSentenceEncoder.BGE_SMALL,
            "minilm", new Model("all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel.class, "/all-minilm-l6-v2-q.onnx",
                    "/all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, ""),
            "e5", new Model("e5-small-v2-q", E5SmallV2QuantizedEmbeddingModel.class, "/e5-small-v2-q.onnx",
                    "/e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: "));

    private CandidateModels() {
    }

    static SentenceEncoder load(String spec) {
        String[] parts = spec.split("\\+");
        List<SentenceEncoder> models = new ArrayList<>();
        double[] weights = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] nameAndWeight = parts[i].split(":");
            Model model = BY_NAME.get(nameAndWeight[0]);
            if (model == null) {
                throw new IllegalArgumentException("unknown model " + nameAndWeight[0] + "; known: " + BY_NAME.keySet());
            }
            models.add(OnnxSentenceEncoder.load(model));
            weights[i] = nameAndWeight.length > 1 ? Double.parseDouble(nameAndWeight[1]) : 1;
        }
        return models.size() == 1 ? models.get(0) : new EnsembleEncoder(models, weights);
    }
}
