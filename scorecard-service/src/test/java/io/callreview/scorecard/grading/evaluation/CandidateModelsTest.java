package io.callreview.scorecard.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import io.callreview.scorecard.grading.SentenceEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateModelsTest {

    private static final List<String> SENTENCES = List.of("Who else weighs in before you sign?", "Did you catch the game last night?");

    @Test
    void eachCandidateGivesTheVectorsOfLangChain4jsOwnModel() {
        assertSameVectors(CandidateModels.load("minilm"), new AllMiniLmL6V2QuantizedEmbeddingModel(), "");
        assertSameVectors(CandidateModels.load("e5"), new E5SmallV2QuantizedEmbeddingModel(), "query: ");
    }

    @Test
    void modelsReadAsOneGiveTheWeightedMeanOfTheirCosines() {
        SentenceEncoder bge = CandidateModels.load("bge");
        SentenceEncoder minilm = CandidateModels.load("minilm");
        List<float[]> joined = CandidateModels.load("bge:3+minilm:1").encode(SENTENCES);

        double expected = 0.75 * cosine(bge.encode(SENTENCES)) + 0.25 * cosine(minilm.encode(SENTENCES));
        assertThat(joined.get(0)).hasSize(768);
        assertThat(SentenceEncoder.similarity(joined.get(0), joined.get(0))).isCloseTo(1.0, offset(1e-5));
        assertThat(cosine(joined)).isCloseTo(expected, offset(1e-5));
    }

    private static double cosine(List<float[]> pair) {
        return SentenceEncoder.similarity(pair.get(0), pair.get(1));
    }

    /** One sentence at a time: in a batch, a vector moves a little with its batch (OnnxSentenceEncoderTest). */
    private static void assertSameVectors(SentenceEncoder candidate, EmbeddingModel stock, String prefix) {
        for (String sentence : SENTENCES) {
            Embedding theirs = stock.embed(prefix + sentence).content();
            theirs.normalize();
            float[] ours = candidate.encode(List.of(sentence)).get(0);
            assertThat(SentenceEncoder.similarity(ours, theirs.vector())).as(sentence).isCloseTo(1.0, offset(1e-5));
        }
        assertThat(cosine(candidate.encode(SENTENCES))).isLessThan(0.95);
    }
}
