package io.callreview.scorecard.grading;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings run in process on the CPU by ONNX Runtime; the grader's model is BGE small en v1.5 (quantised).
 * The model and its tokenizer ship inside a Maven artifact, so nothing is downloaded at run time.
 *
 * <p>The model is LangChain4j's, in a session of our own: LangChain4j embeds the sentences of a batch in parallel, one
 * per core, and its default session gave each of those runs a thread pool of every core besides, whose threads spin
 * while they wait. One thread per run, none spinning, gives the same vectors and grades a call 26 to 32% faster on
 * two cores ({@code bench/jmh.sh SemanticGrading}).
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    /**
     * A BERT-style model shipped in a Maven artifact: its files, a class of the artifact to find them by, how it pools
     * and what it wants before each text. The grader uses {@link #BGE_SMALL}; the evaluation compares others.
     */
    public record Model(String name, Class<?> artifact, String file, String tokenizer, PoolingMode pooling, String prefix) {
    }

    public static final Model BGE_SMALL = new Model("bge-small-en-v1.5-q", BgeSmallEnV15QuantizedEmbeddingModel.class,
            "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, "");

    private final EmbeddingModel model;
    private final String prefix;

    OnnxSentenceEncoder(EmbeddingModel model) {
        this(model, "");
    }

    private OnnxSentenceEncoder(EmbeddingModel model, String prefix) {
        this.model = model;
        this.prefix = prefix;
    }

    /** Loads the model from the classpath (about two seconds). */
    public static OnnxSentenceEncoder load() {
        return load(BGE_SMALL);
    }

    /** Loads a model from its artifact on the classpath, in a session of one thread per run. */
    public static OnnxSentenceEncoder load(Model model) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        // The options are read when the session is created and needed once per process, so they stay open.
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try (InputStream onnx = resource(model, model.file()); InputStream tokenizer = resource(model, model.tokenizer())) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, model.pooling());
            return new OnnxSentenceEncoder(new InProcessModel(encoder, onePerCore()), model.prefix());
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model did not load", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence model's files are not on the classpath", e);
        }
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(sentences.stream().map(s -> TextSegment.from(prefix + s)).toList()).content();
        return embeddings.stream().map(e -> unit(e.vector())).toList();
    }

    private static InputStream resource(Model model, String name) throws IOException {
        InputStream in = model.artifact().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the artifact of " + model.name());
        }
        return in;
    }

    /** Daemon threads, one per core, that end when idle: what LangChain4j's own executor does. */
    private static Executor onePerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "sentence-encoder-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
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

    /** LangChain4j's in-process model around an encoder with our session. */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        InProcessModel(OnnxBertBiEncoder encoder, Executor executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
