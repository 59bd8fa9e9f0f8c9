package io.callreview.scorecard.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.callreview.scorecard.audio.RecordingRejected;
import io.callreview.scorecard.audio.RecordingUnavailable;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAI-compatible client against a local stub of that protocol: {@code POST /v1/audio/transcriptions} as
 * multipart, answered with verbose_json as OpenAI and whisper.cpp's server shape it, or with their errors.
 */
class OpenAiTranscriberTest {

    static final String VERBOSE_JSON = """
            {"task": "transcribe", "language": "english", "duration": 9.5, "text": "Here is the agenda. About fifty thousand.",
             "segments": [
               {"id": 0, "seek": 0, "start": 0.5, "end": 2.25, "text": " Here is the agenda.", "tokens": [50364, 1692],
                "temperature": 0.0, "avg_logprob": -0.21, "compression_ratio": 1.1, "no_speech_prob": 0.01},
               {"id": 1, "seek": 0, "start": 6.0, "end": 8.4, "text": " About fifty thousand.", "tokens": [50464, 7769],
                "temperature": 0.0, "avg_logprob": -0.3, "compression_ratio": 1.0, "no_speech_prob": 0.02},
               {"id": 2, "seek": 0, "start": 8.4, "end": 9.0, "text": " ", "tokens": [], "temperature": 0.0,
                "avg_logprob": -1.0, "compression_ratio": 1.0, "no_speech_prob": 0.9}]}""";

    @TempDir
    static Path dir;

    private static HttpServer server;
    private static Vertx vertx;
    private static Path wav;
    private static final AtomicReference<Answer> answer = new AtomicReference<>();
    private static final AtomicReference<String> received = new AtomicReference<>();
    private static final AtomicReference<String> authorization = new AtomicReference<>();

    private record Answer(int status, String body, long delayMs) {
    }

    @BeforeAll
    static void start() throws IOException {
        vertx = Vertx.vertx();
        wav = Files.write(dir.resolve("channel-0.wav"), "RIFF-not-really-audio".getBytes(StandardCharsets.US_ASCII));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(OpenAiTranscriber.PATH, exchange -> {
            received.set(exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            Answer a = answer.get();
            sleep(a.delayMs());
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        vertx.closeAndAwait();
    }

    @Test
    void postsTheFileAsMultipartAndReadsTheSegmentsOfVerboseJson() {
        answer.set(new Answer(200, VERBOSE_JSON, 0));

        List<SpokenText> spoken = transcriber(Duration.ofSeconds(10)).transcribe(wav);

        assertThat(spoken).containsExactly(new SpokenText(500, 2250, "Here is the agenda.", null),
                new SpokenText(6000, 8400, "About fifty thousand.", null));
        assertThat(authorization.get()).isEqualTo("Bearer sk-test");
        assertThat(received.get()).startsWith("multipart/form-data; boundary=")
                .contains("name=\"model\"\r\n", "whisper-large-v3")
                .contains("name=\"response_format\"\r\n", "verbose_json")
                .contains("name=\"file\"; filename=\"channel-0.wav\"", "RIFF-not-really-audio");
    }

    @Test
    void speakerLabelsOfADiarisingServerAreKept() {
        answer.set(new Answer(200, """
                {"text": "hi", "segments": [{"start": 1.0, "end": 2.0, "text": "hi", "speaker": "SPEAKER_01"}]}""", 0));

        assertThat(transcriber(Duration.ofSeconds(10)).transcribe(wav))
                .containsExactly(new SpokenText(1000, 2000, "hi", "SPEAKER_01"));
    }

    @Test
    void overloadServerErrorsAndTimeoutsAreWorthAnotherAttempt() {
        answer.set(new Answer(429, "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}", 0));
        assertThatThrownBy(() -> transcriber(Duration.ofSeconds(10)).transcribe(wav))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("HTTP 429").hasMessageContaining("Rate limit");
        answer.set(new Answer(500, "{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}", 0));
        assertThatThrownBy(() -> transcriber(Duration.ofSeconds(10)).transcribe(wav))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("HTTP 500");
        answer.set(new Answer(200, VERBOSE_JSON, 3_000));
        assertThatThrownBy(() -> transcriber(Duration.ofMillis(500)).transcribe(wav))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("did not answer");
        answer.set(new Answer(200, "{\"text\": \"no segments: response_format json\"}", 0));
        assertThatThrownBy(() -> transcriber(Duration.ofSeconds(10)).transcribe(wav))
                .isInstanceOf(RecordingUnavailable.class).hasMessageContaining("no segments");
    }

    @Test
    void aBadKeyOrARefusedFileIsNot() {
        answer.set(new Answer(401, "{\"error\": {\"message\": \"Incorrect API key provided\", \"code\": \"invalid_api_key\"}}", 0));
        assertThatThrownBy(() -> transcriber(Duration.ofSeconds(10)).transcribe(wav))
                .isInstanceOf(RecordingRejected.class).hasMessageContaining("HTTP 401");
        answer.set(new Answer(400, "{\"error\": {\"message\": \"Invalid file format.\", \"type\": \"invalid_request_error\"}}", 0));
        assertThatThrownBy(() -> transcriber(Duration.ofSeconds(10)).transcribe(wav))
                .isInstanceOf(RecordingRejected.class).hasMessageContaining("Invalid file format");
    }

    private static OpenAiTranscriber transcriber(Duration timeout) {
        return new OpenAiTranscriber(vertx, "http://127.0.0.1:" + server.getAddress().getPort() + "/", "whisper-large-v3",
                Optional.of("sk-test"), timeout, new ObjectMapper());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
