package io.callreview.scorecard.grading;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Sentence embeddings run in process on the CPU by ONNX Runtime; the grader's model is BGE small en v1.5 (quantised).
 * The model and its tokenizer ship inside a Maven artifact (LangChain4j's), so nothing is downloaded at run time.
 *
 * <p>Sentences run through the model up to {@value #BATCH_SIZE} at a time, sorted by length so that little is padded,
 * the batches spread over one thread per core (a call of few sentences in smaller batches, so that every core has
 * one). One run per sentence, as LangChain4j's model does it, spends most of a short sentence's time on the run
 * itself: in batches a long call grades in about 30 % less time ({@code bench/jmh.sh SemanticGrading}). The model
 * quantises each run's activations on one scale, so a sentence's vector depends a little on its batch (cosine about
 * 0.996 to its vector alone); the same call always forms the same batches, so it always gets the same grade. Texts too
 * long for the model (512 tokens) go through LangChain4j's model, which embeds them in parts and averages.
 *
 * <p>Each run uses one thread that does not spin while it waits: LangChain4j's default session gave each run a pool
 * of every core besides, whose threads spun.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    static final int BATCH_SIZE = 16;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /**
     * A BERT-style model shipped in a Maven artifact: its files, a class of the artifact to find them by, how it pools
     * and what it wants before each text. The grader uses {@link #BGE_SMALL}; the evaluation compares others.
     */
    public record Model(String name, Class<?> artifact, String file, String tokenizer, PoolingMode pooling, String prefix) {
    }

    public static final Model BGE_SMALL = new Model("bge-small-en-v1.5-q", BgeSmallEnV15QuantizedEmbeddingModel.class,
            "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, "");

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private final Model model;
    private final Executor executor;
    private final InProcessModel longTexts;

    private OnnxSentenceEncoder(OrtEnvironment environment, OrtSession session, byte[] tokenizerJson, Model model) throws IOException,
            OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson), Map.of("padding", "false"));
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
        this.model = model;
        this.executor = onePerCore();
        this.longTexts = new InProcessModel(
                new OnnxBertBiEncoder(environment, session, new ByteArrayInputStream(tokenizerJson), model.pooling()), executor);
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
            return new OnnxSentenceEncoder(environment, session, tokenizer.readAllBytes(), model);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model did not load", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence model's files are not on the classpath", e);
        }
    }

    @Override
    public List<float[]> encode(List<String> sentences) {
        float[][] vectors = new float[sentences.size()][];
        List<Tokens> fitting = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = model.prefix() + sentences.get(i);
            Encoding encoding = tokenizer.encode(text);
            if (encoding.getIds().length < tokenizer.getMaxLength()) {
                fitting.add(new Tokens(i, encoding));
            } else {
                vectors[i] = unit(longTexts.embed(text).content().vector());
            }
        }
        runAll(batchesOf(fitting), vectors);
        return List.of(vectors);
    }

    /** Sentences of about the same length together; a call of few sentences still gives every core a batch. */
    private static List<List<Tokens>> batchesOf(List<Tokens> sentences) {
        sentences.sort(Comparator.comparingInt(Tokens::length));
        int size = Math.max(1, Math.min(BATCH_SIZE, ceilDiv(sentences.size(), CORES)));
        return IntStream.range(0, ceilDiv(sentences.size(), size))
                .mapToObj(b -> sentences.subList(b * size, Math.min(sentences.size(), (b + 1) * size)))
                .toList();
    }

    /** One batch runs on the caller's thread; more go to the threads of each core, and the caller waits for them. */
    private void runAll(List<List<Tokens>> batches, float[][] vectors) {
        if (batches.size() == 1) {
            run(batches.get(0), vectors);
            return;
        }
        try {
            CompletableFuture.allOf(batches.stream()
                    .map(batch -> CompletableFuture.runAsync(() -> run(batch, vectors), executor))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** A sentence's place in the list asked for, and its tokens. */
    private record Tokens(int index, Encoding encoding) {

        int length() {
            return encoding.getIds().length;
        }
    }

    /** Runs one batch, padded to its longest sentence, and puts each sentence's unit vector in its place. */
    private void run(List<Tokens> batch, float[][] vectors) {
        int rows = batch.size();
        int length = batch.get(rows - 1).length();
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        long[] types = new long[rows * length];
        for (int row = 0; row < rows; row++) {
            Encoding encoding = batch.get(row).encoding();
            System.arraycopy(encoding.getIds(), 0, ids, row * length, encoding.getIds().length);
            System.arraycopy(encoding.getAttentionMask(), 0, mask, row * length, encoding.getAttentionMask().length);
            System.arraycopy(encoding.getTypeIds(), 0, types, row * length, encoding.getTypeIds().length);
        }
        long[] shape = {rows, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                int width = hidden.capacity() / (rows * length);
                for (int row = 0; row < rows; row++) {
                    vectors[batch.get(row).index()] = unit(pool(hidden, row, length, width, batch.get(row).length()));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed to run", e);
        }
    }

    /** The row's sentence vector from its tokens' last hidden states: the first token's, or the mean of its own tokens'. */
    private float[] pool(FloatBuffer hidden, int row, int length, int width, int tokens) {
        float[] vector = new float[width];
        int start = row * length * width;
        if (model.pooling() == PoolingMode.CLS) {
            hidden.get(start, vector);
            return vector;
        }
        for (int token = 0; token < tokens; token++) {
            for (int i = 0; i < width; i++) {
                vector[i] += hidden.get(start + token * width + i);
            }
        }
        for (int i = 0; i < width; i++) {
            vector[i] /= tokens;
        }
        return vector;
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
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(CORES, CORES, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
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
