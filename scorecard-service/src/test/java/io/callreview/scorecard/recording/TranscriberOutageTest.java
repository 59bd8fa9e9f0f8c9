package io.callreview.scorecard.recording;

import com.sun.net.httpserver.HttpServer;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.FileServer;
import io.callreview.devtools.SpokenAudio;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI-compatible engine in the pipeline, and a transcription server that is down while recordings arrive:
 * every recording is retried with backoff until the server is back, then transcribed and graded exactly once.
 */
@QuarkusTest
@TestProfile(TranscriberOutageTest.OpenAiStub.class)
class TranscriberOutageTest {

    /**
     * A local server speaking OpenAI's transcription protocol, answering 503 while it is down. The profile starts it
     * in another class loader than the test's, so the test steers it over HTTP: {@code POST /control/down?refusals=n}
     * (down until it has refused n requests, however slowly they come) and {@code GET /control/counts}
     * ("refused answered").
     */
    static final class SpeechServer {
        static final String TEXT = "Here is the agenda. What budget have you set aside?";
        private static final AtomicInteger toRefuse = new AtomicInteger();
        private static final AtomicInteger refused = new AtomicInteger();
        private static final AtomicInteger answered = new AtomicInteger();
        private static HttpServer server;

        static synchronized String start() {
            if (server == null) {
                try {
                    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                server.createContext("/v1/audio/transcriptions", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    boolean down = toRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                    (down ? refused : answered).incrementAndGet();
                    reply(exchange, down ? 503 : 200, down ? "{\"error\": {\"message\": \"Service Unavailable\"}}"
                            : "{\"text\": \"" + TEXT + "\", \"segments\": [{\"id\": 0, \"start\": 0.4, \"end\": 2.9,"
                            + " \"text\": \" " + TEXT + "\"}]}");
                });
                server.createContext("/control/down", exchange -> {
                    toRefuse.set(Integer.parseInt(exchange.getRequestURI().getQuery().replace("refusals=", "")));
                    reply(exchange, 200, "{}");
                });
                server.createContext("/control/counts", exchange -> reply(exchange, 200, refused.get() + " " + answered.get()));
                server.start();
            }
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String text) throws IOException {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Transcription by the stub; enough quick retries to outlast a short outage. */
    public static class OpenAiStub implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String retry = "quarkus.fault-tolerance.\"io.callreview.scorecard.recording.RecordingTranscription/transcribe\".retry.";
            return Map.of("callreview.transcription.engine", "openai",
                    "callreview.transcription.openai.url", SpeechServer.start(),
                    "callreview.transcription.openai.model", "whisper-test",
                    retry + "max-retries", "12",
                    retry + "delay", "250");
        }
    }

    /** How many transcription requests the server refuses before it is back. */
    private static final int OUTAGE_REFUSALS = 3;

    @TempDir
    static Path dir;

    private static FileServer files;
    private static byte[] recording;

    @BeforeAll
    static void recording() {
        files = new FileServer();
        recording = SpokenAudio.bytes(SpokenAudio.encoded(SpokenAudio.speech(dir, "outage", SpeechServer.TEXT), "outage.mp3"));
    }

    @AfterAll
    static void stop() {
        files.close();
    }

    @Test
    void recordingsThatArriveWhileTheTranscriberIsDownAreEachGradedOnceWhenItIsBack() {
        String type = CallFixtures.publishedDiscoveryType();
        String speechServer = ConfigProvider.getConfig().getValue("callreview.transcription.openai.url", String.class);
        given().when().post(speechServer + "/control/down?refusals=" + OUTAGE_REFUSALS).then().statusCode(200);
        List<String> reps = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String rep = CallFixtures.unique("rep");
            reps.add(rep);
            Map<String, Object> call = new HashMap<>(CallFixtures.call(type, rep, "team-a", null));
            call.remove("transcript");
            call.put("recordingUrl", files.serve("/outage-" + rep + ".mp3", recording));
            calls.add(given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(call)
                    .when().post("/api/calls").then().statusCode(202).extract().path("id"));
        }

        for (String callId : calls) {
            assertThat(CallFixtures.awaitTranscribedAndGraded(callId).getString("status")).isEqualTo("AUTO_SCORED");
            List<String> texts = given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/transcript")
                    .then().statusCode(200).extract().path("segments.text");
            assertThat(texts).containsExactly(SpeechServer.TEXT);
            assertThat(QuarkusTransaction.requiringNew().call(() -> ScoreRevision.count("call.id", callId))).isEqualTo(1);
        }
        for (String rep : reps) {
            assertThat(QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.count("eventKey = ?1 AND eventType = 'CallScored'", rep))).isEqualTo(1);
        }
        String[] counts = given().when().get(speechServer + "/control/counts").then().statusCode(200).extract().asString().split(" ");
        assertThat(Integer.parseInt(counts[0])).as("the outage was felt").isEqualTo(OUTAGE_REFUSALS);
        assertThat(Integer.parseInt(counts[1])).as("one answered request per call").isEqualTo(3);
    }
}
