package io.callreview.scorecard.grading;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings from BGE small en v1.5 (quantised), run in process on the CPU by ONNX Runtime. The model and
 * its tokenizer ship inside a Maven artifact, so nothing is downloaded at run time.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    private final EmbeddingModel model;

    private OnnxSentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model from the classpath (about two seconds). */
    public static OnnxSentenceEncoder load() {
        return new OnnxSentenceEncoder(new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        return embeddings.stream().map(e -> unit(e.vector())).toList();
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
