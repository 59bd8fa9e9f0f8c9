package io.callreview.scorecard.call;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.call;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The explicit limits of ingestion: each refusal is a problem naming the field, and stores nothing. */
@QuarkusTest
class IngestionLimitsTest {

    /** A transcript of {@code words} words in 100-word rep/prospect turns, spread over {@code hours}. */
    private static Map<String, Object> longTranscript(int words, double hours) {
        List<Map<String, Object>> segments = new ArrayList<>();
        int turns = words / 100;
        long turnMs = (long) (hours * 3_600_000 / turns);
        String hundredWords = "we talked about the rollout plan and the budget again ".repeat(10).strip();
        assertThat(hundredWords.split(" ")).hasSize(100);
        for (int i = 0; i < turns; i++) {
            segments.add(CallFixtures.segment(i % 2 == 0 ? "Rita Rep" : "Paul Prospect", i * turnMs, (i + 1) * turnMs - 500, hundredWords));
        }
        return Map.of("format", "segments", "segments", segments);
    }

    @Test
    void aThreeHourCallFits() {
        String type = CallFixtures.publishedDiscoveryType();
        Map<String, Object> body = call(type, unique("rep"), "team-a", longTranscript(40_000, 3));
        body.put("durationSeconds", 3 * 3600);
        String id = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(202)
                .body("transcript.wordCount", equalTo(40_000))
                .extract().path("id");
        assertThat(CallFixtures.awaitGraded(id).getInt("score.metrics.durationMs")).isEqualTo(3 * 3_600_000);
    }

    @Test
    void aTranscriptOverTheWordCapIs413() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = unique("rep");
        Map<String, Object> body = call(type, rep, "team-a", longTranscript(60_100, 5));
        body.put("durationSeconds", 5 * 3600);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript"))
                .body("detail", containsString("60100 words"));
        assertThat(CallIngestionTest.storedCalls(rep)).isZero();
    }

    @TestHTTPResource("/api/calls")
    URL calls;

    /**
     * The HTTP layer refuses an oversize body from its Content-Length, before reading it and before JAX-RS, and
     * closes the connection: a raw socket reads that answer where an HTTP client would fail writing the body.
     */
    @Test
    void aBodyOverTheSizeLimitIs413ProblemJson() throws Exception {
        try (Socket socket = new Socket(calls.getHost(), calls.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + calls.getPath() + " HTTP/1.1\r\nHost: " + calls.getHost() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.integration() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (5 * 1024 * 1024) + "\r\n\r\n{\"externalId\": ";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"status\":413").contains("\"field\":\"body\"");
        }
    }

    /** Without a Content-Length the limit can only be noticed while reading: the answer is still a problem. */
    @Test
    void aChunkedBodyOverTheSizeLimitIs413ProblemJson() throws Exception {
        try (Socket socket = new Socket(calls.getHost(), calls.getPort())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST " + calls.getPath() + " HTTP/1.1\r\nHost: " + calls.getHost() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.integration() + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            try {
                out.write("8\r\n{\"x\": \"a\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 80; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            String answer = readResponse(socket);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"status\":413");
        }
    }

    @jakarta.inject.Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    /** A chunked body under the limit is buffered before the resource and read as usual. */
    @Test
    void aChunkedBodyUnderTheLimitIsAccepted() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = unique("rep");
        byte[] body = mapper.writeValueAsBytes(call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        try (Socket socket = new Socket(calls.getHost(), calls.getPort())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST " + calls.getPath() + " HTTP/1.1\r\nHost: " + calls.getHost() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.integration() + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            int half = body.length / 2;
            out.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.write(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, half, body.length - half);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readResponse(socket);
            assertThat(answer).startsWith("HTTP/1.1 202");
            assertThat(answer).contains("\"repId\":\"" + rep + "\"");
        }
        assertThat(CallIngestionTest.storedCalls(rep)).isEqualTo(1);
    }

    /**
     * JSON must be UTF-8. An overlong form ({@code C0 AF}, a disguised {@code /}) is not, though Jackson would read it
     * as {@code /}: the body is refused naming it, and nothing is stored under either spelling of the rep.
     */
    @Test
    void aBodyThatIsNotValidUtf8Is400AndStoresNothing() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = unique("rep");
        byte[] valid = mapper.writeValueAsBytes(call(type, rep + "-X", "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        String text = new String(valid, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(rep + "-X") + rep.length();
        valid[at] = (byte) 0xC0;
        valid[at + 1] = (byte) 0xAF;

        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(valid)
                .when().post("/api/calls")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("UTF-8"));
        assertThat(CallIngestionTest.storedCalls(rep + "/")).isZero();
        assertThat(CallIngestionTest.storedCalls(rep + "-X")).isZero();
    }

    /** One HTTP response: the head, then as many body bytes as its Content-Length says (the connection may stay open). */
    private static String readResponse(Socket socket) throws java.io.IOException {
        var in = new java.io.BufferedInputStream(socket.getInputStream());
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void malformedWebVttIs400NamingTheContentAndStoresNothing() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = unique("rep");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", Map.of("format", "webvtt",
                        "content", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Rita Rep>Hello</v>\n\n00:00:61.000 --> 00:01:05.000\n<v Paul Prospect>Hi</v>\n")))
                .when().post("/api/calls")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript.content"))
                .body("detail", containsString("line 6"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", Map.of("format", "webvtt", "content", "WEBVTT\n\nNOTE no cues at all\n")))
                .when().post("/api/calls")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("transcript.content"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", Map.of("format", "webvtt")))
                .when().post("/api/calls")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("transcript.content"));
        assertThat(CallIngestionTest.storedCalls(rep)).isZero();
        assertThat(CallIngestionTest.outboxEvents(rep)).isZero();
    }

    @Test
    void webVttAndPlainTextCallsAreGradedThroughTheApi() {
        String type = CallFixtures.publishedDiscoveryType();
        String vtt = """
                WEBVTT

                00:00:01.000 --> 00:00:06.000
                <v Rita Rep>Let me walk you through the agenda.</v>

                00:01:00.000 --> 00:01:05.000
                <v Rita Rep>What budget do you have for this?</v>

                00:02:00.000 --> 00:02:05.000
                <v Rita Rep>And what is your decision process?</v>

                00:29:00.000 --> 00:29:30.000
                <v Rita Rep>I'll send a calendar invite for the next step.</v>
                """;
        String webVtt = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, unique("rep"), "team-a", Map.of("format", "webvtt", "content", vtt)))
                .when().post("/api/calls")
                .then().statusCode(202)
                .body("transcript.format", equalTo("webvtt"))
                .extract().path("id");
        assertThat(CallFixtures.awaitGraded(webVtt).getDouble("score.overallScore")).isEqualTo(100.0);
        String text = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, unique("rep"), "team-a", Map.of("format", "text",
                        "content", "Rita Rep: Here's the agenda.\nPaul Prospect: ok\nRita Rep: What's your budget?")))
                .when().post("/api/calls")
                .then().statusCode(202)
                .body("transcript.timingEstimated", equalTo(true))
                .extract().path("id");
        assertThat(CallFixtures.awaitGraded(text).getString("score.behaviours.find { it.key == 'agenda' }.verdict")).isEqualTo("MET");
    }

    @Test
    void subRipAndTimedTextCallsKeepTheirTimesThroughTheApi() {
        String type = CallFixtures.publishedDiscoveryType();
        String srt = """
                1
                00:00:01,000 --> 00:00:06,000
                Rita Rep: Let me walk you through the agenda.

                2
                00:01:00,000 --> 00:01:05,000
                Rita Rep: What budget do you have for this?

                3
                00:02:00,000 --> 00:02:05,000
                Rita Rep: And what is your decision process?

                4
                00:29:00,000 --> 00:29:30,000
                Rita Rep: I'll send a calendar invite for the next step.
                """;
        String subRip = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, unique("rep"), "team-a", Map.of("format", "srt", "content", srt)))
                .when().post("/api/calls")
                .then().statusCode(202)
                .body("transcript.format", equalTo("srt"))
                .body("transcript.timingEstimated", equalTo(false))
                .extract().path("id");
        assertThat(CallFixtures.awaitGraded(subRip).getDouble("score.overallScore")).isEqualTo(100.0);

        String otter = """
                Rita Rep  0:01
                Let me walk you through the agenda.

                Rita Rep  1:00
                What budget do you have for this?

                Paul Prospect  1:30
                Note: about fifty thousand.

                Rita Rep  2:00
                And what is your decision process?

                Rita Rep  29:00
                I'll send a calendar invite for the next step.
                """;
        String text = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, unique("rep"), "team-a", Map.of("format", "text", "content", otter)))
                .when().post("/api/calls")
                .then().statusCode(202)
                .body("transcript.timingEstimated", equalTo(false))
                .extract().path("id");
        var graded = CallFixtures.awaitGraded(text);
        assertThat(graded.getDouble("score.overallScore")).isEqualTo(100.0);
        assertThat(graded.getLong("score.behaviours.find { it.key == 'next-steps' }.evidence[0].startMs")).isEqualTo(1_740_000L);
    }

    @Test
    void subRipAndTimedTextThatCannotBeReadAre400Or422AndStoreNothing() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = unique("rep");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", Map.of("format", "srt", "content", "Rita Rep: no cue timings here\n")))
                .when().post("/api/calls")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript.content"))
                .body("detail", containsString("expected a cue timing line"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", Map.of("format", "text",
                        "content", "[00:05:00] Rita Rep: Later\n[00:01:00] Paul Prospect: Earlier\n")))
                .when().post("/api/calls")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("transcript.content"))
                .body("detail", containsString("line 2: its time comes before the time of line 1"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", Map.of("format", "text",
                        "content", "[00:00:05] Rita Rep: Hello\n[02:05:45] Paul Prospect: Hi\n")))
                .when().post("/api/calls")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("transcript.content"))
                .body("detail", containsString("not the time of day"));
        assertThat(CallIngestionTest.storedCalls(rep)).isZero();
        assertThat(CallIngestionTest.outboxEvents(rep)).isZero();
    }
}
