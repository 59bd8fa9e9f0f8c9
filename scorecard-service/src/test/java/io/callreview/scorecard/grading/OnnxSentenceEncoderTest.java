package io.callreview.scorecard.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grader's sentence model, loaded from its Maven artifact, against LangChain4j's own model of the same files. */
class OnnxSentenceEncoderTest {

    private static final List<String> SENTENCES = List.of(
            "Who else weighs in before you sign?",
            "Did you catch the game last night?",
            "So what I'm hearing is that the renewal date is the real deadline here.",
            "Yes.",
            "Before we dive in, here's what I'd like us to cover in the next half hour, and you tell me what's missing.",
            "Can I send you the proposal by Friday and book thirty minutes on Tuesday to walk your CFO through it?",
            "We tried a tool like this two years ago and nobody used it after the first month.",
            "That makes sense.",
            "How are you measuring ramp time for new hires today?",
            "The weather has been awful all week.",
            "If budget weren't a question, what would you change first?",
            "Let me make sure I have this right: three teams, one approver, and a pilot in March.",
            "I'll get that over to you this afternoon.",
            "What happens if this slips another quarter?",
            "Our pricing is per seat, billed annually.",
            "Honestly, the integration with your CRM is the part I'd test first.",
            "Who owns the budget for enablement?",
            "Thanks for making the time today.",
            "Can we pencil in next Thursday at ten?",
            "It sounds like the main worry is adoption, not price.");

    private static OnnxSentenceEncoder encoder;
    private static EmbeddingModel stock;

    @BeforeAll
    static void load() {
        encoder = OnnxSentenceEncoder.load();
        stock = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Test
    void aSentenceAloneGetsTheVectorOfLangChain4jsModel() {
        for (String sentence : SENTENCES.subList(0, 4)) {
            assertThat(SentenceEncoder.similarity(encoder.encode(List.of(sentence)).get(0), stock(sentence)))
                    .as(sentence).isCloseTo(1.0, offset(1e-5));
        }
    }

    @Test
    void sentencesInBatchesComeBackInOrderAndCloseToTheirVectorsAlone() {
        assertThat(SENTENCES).hasSizeGreaterThan(OnnxSentenceEncoder.BATCH_SIZE);
        List<float[]> together = encoder.encode(SENTENCES);

        assertThat(together).hasSameSizeAs(SENTENCES);
        List<float[]> alone = SENTENCES.stream().map(this::stock).toList();
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(SentenceEncoder.similarity(together.get(i), together.get(i))).isCloseTo(1.0, offset(1e-5));
            assertThat(SentenceEncoder.similarity(together.get(i), alone.get(i))).as(SENTENCES.get(i)).isGreaterThan(0.98);
            assertThat(closest(together.get(i), alone)).as(SENTENCES.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aModelThatAveragesItsTokensAveragesOnlyEachSentencesOwnInAPaddedBatch() {
        OnnxSentenceEncoder averaging = OnnxSentenceEncoder.load(new OnnxSentenceEncoder.Model("all-minilm-l6-v2-q",
                AllMiniLmL6V2QuantizedEmbeddingModel.class, "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json",
                PoolingMode.MEAN, ""));
        EmbeddingModel itsStock = new AllMiniLmL6V2QuantizedEmbeddingModel();

        // as the grader embeds them: three words or more
        List<String> sentences = SENTENCES.stream().filter(sentence -> sentence.split(" ").length >= 3).toList();
        List<float[]> together = averaging.encode(sentences);

        List<float[]> alone = sentences.stream().map(sentence -> unit(itsStock, sentence)).toList();
        for (int i = 0; i < sentences.size(); i++) {
            // this model moves more with its batch than the grader's (0.96 to 0.99 here); averaged over the padding too,
            // short sentences fall to 0.5
            assertThat(SentenceEncoder.similarity(together.get(i), alone.get(i))).as(sentences.get(i)).isGreaterThan(0.95);
            assertThat(closest(together.get(i), alone)).as(sentences.get(i)).isEqualTo(i);
        }
    }

    @Test
    void theSameSentencesGetTheSameVectorsEveryTime() {
        List<float[]> first = encoder.encode(SENTENCES);
        List<float[]> second = encoder.encode(SENTENCES);
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(second.get(i)).as(SENTENCES.get(i)).containsExactly(first.get(i));
        }
    }

    @Test
    void aTextTooLongForTheModelIsEmbeddedInPartsAsLangChain4jDoes() {
        List<String> parts = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> parts.add("We reviewed item number " + i + " of the rollout plan together."));
        String longText = String.join(" ", parts);

        List<float[]> vectors = encoder.encode(List.of(SENTENCES.get(0), longText, SENTENCES.get(1)));

        assertThat(SentenceEncoder.similarity(vectors.get(1), stock(longText))).isCloseTo(1.0, offset(1e-5));
        assertThat(SentenceEncoder.similarity(vectors.get(0), stock(SENTENCES.get(0)))).isGreaterThan(0.98);
        assertThat(SentenceEncoder.similarity(vectors.get(2), stock(SENTENCES.get(1)))).isGreaterThan(0.98);
    }

    @Test
    void nothingToEncodeIsNoVectors() {
        assertThat(encoder.encode(List.of())).isEmpty();
    }

    private float[] stock(String text) {
        return unit(stock, text);
    }

    private static float[] unit(EmbeddingModel model, String text) {
        Embedding embedding = model.embed(text).content();
        embedding.normalize();
        return embedding.vector();
    }

    private static int closest(float[] vector, List<float[]> candidates) {
        return IntStream.range(0, candidates.size()).boxed()
                .max((a, b) -> Double.compare(SentenceEncoder.similarity(vector, candidates.get(a)),
                        SentenceEncoder.similarity(vector, candidates.get(b))))
                .orElseThrow();
    }
}
