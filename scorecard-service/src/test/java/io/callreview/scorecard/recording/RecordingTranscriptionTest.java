package io.callreview.scorecard.recording;

import io.callreview.events.Topics;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.FileServer;
import io.callreview.devtools.SpokenAudio;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Calls that arrive as a recording only, end to end with the real tools: speech made by espeak-ng, mixed by ffmpeg
 * into a dual-channel WAV (rep on channel 0, prospect on channel 1), served by a local server, transcribed per channel
 * by pocketsphinx in this service's consumer group, then graded as any call.
 */
@QuarkusTest
class RecordingTranscriptionTest {

    /** The prospect starts speaking on channel 1 at this point; the rep has finished by then. */
    private static final long PROSPECT_AT_MS = 6_000;
    private static final int CALL_SECONDS = 10;
    private static final List<String> COMMON_WORDS = List.of("what", "you", "your", "have", "here", "do",
            "set", "side", "budget", "agenda");

    @TempDir
    static Path dir;

    private static FileServer server;
    private static byte[] stereoCall;
    private static byte[] monoCall;

    @BeforeAll
    static void makeRecordings() {
        server = new FileServer();
        Path stereo = SpokenAudio.stereoCall(dir, "Here is the agenda. What budget have you set aside?",
                "About fifty thousand dollars.", PROSPECT_AT_MS, CALL_SECONDS);
        stereoCall = SpokenAudio.bytes(stereo);
        monoCall = SpokenAudio.bytes(SpokenAudio.encoded(SpokenAudio.speech(dir, "mono", "What budget have you set aside?"),
                "mono.mp3"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aStereoRecordingIsTranscribedPerChannelWithTheRolesOfItsChannelsThenGraded() {
        // pocketsphinx hears synthetic speech poorly, so the behaviour is any common word of the rep's question: whatever
        // it makes of the sentence, there is evidence whose timing can be checked against when the sentence was spoken.
        String type = CallFixtures.publishedTypeWithRepPhrases(COMMON_WORDS);
        String rep = CallFixtures.unique("rep");
        String url = server.serve("/stereo-" + rep + ".wav", stereoCall);

        String callId = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(recordingCall(type, rep, url)).when().post("/api/calls")
                .then().statusCode(202).body("status", equalTo("TRANSCRIBING")).body("transcript", nullValue())
                .extract().path("id");

        JsonPath call = CallFixtures.awaitTranscribedAndGraded(callId);
        assertThat(call.getString("status")).isEqualTo("AUTO_SCORED");
        assertThat(call.getInt("durationSeconds")).as("taken from the recording").isEqualTo(CALL_SECONDS);
        assertThat(call.getString("statusReason")).as("the synthetic voice is heard poorly")
                .startsWith("speech recognition was unsure of the recording's words (mean confidence 0.").contains("below 0.90")
                .contains("a coach should listen");
        List<Map<String, Object>> segments = given().auth().oauth2(TestTokens.admin()).when()
                .get("/api/calls/" + callId + "/transcript").then().statusCode(200).extract().path("segments");
        assertThat(segments).isNotEmpty();
        assertThat(segments).extracting(s -> s.get("role")).contains("rep", "prospect");
        for (Map<String, Object> segment : segments) {
            long start = ((Number) segment.get("startMs")).longValue();
            long end = ((Number) segment.get("endMs")).longValue();
            if ("rep".equals(segment.get("role"))) {
                assertThat(segment.get("speaker")).isEqualTo("Rita Rep");
                assertThat(end).as("the rep speaks before the prospect").isLessThanOrEqualTo(PROSPECT_AT_MS);
            } else {
                assertThat(segment).containsEntry("role", "prospect").containsEntry("speaker", "Paul Prospect");
                assertThat(start).isGreaterThanOrEqualTo(PROSPECT_AT_MS - 100);
                assertThat(end).isLessThanOrEqualTo(CALL_SECONDS * 1000L);
            }
        }
        List<Map<String, Object>> evidence = call.getList("score.behaviours.flatten().evidence.flatten()");
        assertThat(evidence).as("the rep's words found in the transcript quote their time").isNotEmpty();
        assertThat(call.getString("score.behaviours[0].verdict")).isEqualTo("MET");
        for (Map<String, Object> quote : evidence) {
            long start = ((Number) quote.get("startMs")).longValue();
            long end = ((Number) quote.get("endMs")).longValue();
            boolean byRep = "Rita Rep".equals(quote.get("speaker"));
            assertThat(start).as("evidence %s falls within its speaker's sentence", quote)
                    .isGreaterThanOrEqualTo(byRep ? 0 : PROSPECT_AT_MS - 100);
            assertThat(end).as("evidence %s falls within its speaker's sentence", quote)
                    .isLessThanOrEqualTo(byRep ? PROSPECT_AT_MS : CALL_SECONDS * 1000L);
        }
        KafkaTestClient.awaitRecord(Topics.CALL_SCORED, r -> rep.equals(r.key()) && r.value().contains(callId),
                Duration.ofSeconds(30));
        assertThat(server.requests("/stereo-" + rep + ".wav")).isEqualTo(1);
    }

    @Test
    void aCorruptRecordingFailsWithItsReasonAndAnAdminTranscribesItAgain() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String path = "/corrupt-" + rep + ".wav";
        String url = server.serve(path, SpokenAudio.corrupt());
        String callId = submit(type, rep, url);

        JsonPath failed = CallFixtures.awaitTranscribed(callId);
        assertThat(failed.getString("status")).isEqualTo("TRANSCRIPTION_FAILED");
        assertThat(failed.getString("statusReason")).startsWith("transcription failed: the recording cannot be read as audio");
        assertThat(server.requests(path)).as("a corrupt file is not downloaded again").isEqualTo(1);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/grading")
                .then().statusCode(409).contentType("application/problem+json");

        server.serve(path, stereoCall);
        given().auth().oauth2(TestTokens.integration()).when().post("/api/calls/" + callId + "/transcription").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/transcription")
                .then().statusCode(202).body("status", equalTo("TRANSCRIBING")).body("statusReason", nullValue());
        assertThat(CallFixtures.awaitTranscribedAndGraded(callId).getString("status")).isEqualTo("AUTO_SCORED");
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/transcription")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/no-such-call/transcription").then().statusCode(404);
    }

    @Test
    void aSilentRecordingFailsAsSilentAndAnUnavailableOneAfterItsRetries() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String silent = submit(type, rep, server.serve("/silent-" + rep + ".wav", SpokenAudio.bytes(SpokenAudio.silence(dir, 3))));
        String downPath = "/down-" + rep + ".wav";
        String down = submit(type, rep, server.answer(downPath, 503));

        JsonPath silentCall = CallFixtures.awaitTranscribed(silent);
        assertThat(silentCall.getString("status")).isEqualTo("TRANSCRIPTION_FAILED");
        assertThat(silentCall.getString("statusReason")).contains("the recording is silent");
        JsonPath downCall = CallFixtures.awaitTranscribed(down);
        assertThat(downCall.getString("status")).isEqualTo("TRANSCRIPTION_FAILED");
        assertThat(downCall.getString("statusReason")).contains("could not be downloaded").contains("HTTP 503");
        assertThat(server.requests(downPath)).as("tried, then retried once (the test profile's retries)").isEqualTo(2);
    }

    @Test
    void aMonoRecordingIsOneSpeakerOfUnknownRoleAndMarkedForReview() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId = submit(type, rep, server.serve("/mono-" + rep + ".mp3", monoCall));

        JsonPath call = CallFixtures.awaitTranscribedAndGraded(callId);
        assertThat(call.getString("status")).isEqualTo("AUTO_SCORED");
        assertThat(call.getString("statusReason")).startsWith("mono recording").contains("review")
                .contains("; speech recognition was unsure");
        List<Map<String, Object>> segments = given().auth().oauth2(TestTokens.admin()).when()
                .get("/api/calls/" + callId + "/transcript").then().statusCode(200).extract().path("segments");
        assertThat(segments).isNotEmpty().allSatisfy(s -> assertThat(s)
                .containsEntry("speaker", "Speaker").containsEntry("role", "unknown"));
    }

    @Test
    void aRedeliveredRecordingEventTranscribesAndGradesNothingTwice() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId = submit(type, rep, server.serve("/again-" + rep + ".mp3", monoCall));
        CallFixtures.awaitTranscribedAndGraded(callId);
        String original = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "eventKey = ?1 AND eventType = 'CallRecordingReceived'", rep).firstResult().payload);

        KafkaTestClient.send(Topics.CALL_RECORDING_RECEIVED, rep, original);
        String marker = submit(type, rep, server.answer("/marker-" + rep + ".wav", 404));
        assertThat(CallFixtures.awaitTranscribed(marker).getString("status")).isEqualTo("TRANSCRIPTION_FAILED");

        assertThat(server.requests("/again-" + rep + ".mp3")).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScoreRevision.count("call.id", callId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventKey = ?1 AND eventType = 'CallReceived'", rep))).isEqualTo(1);
    }

    @Test
    void aCallWithNeitherTranscriptNorAnAllowedRecordingIsRefusedAndNothingIsStored() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        Map<String, Object> noRecording = recordingCall(type, rep, null);
        noRecording.remove("recordingUrl");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(noRecording)
                .when().post("/api/calls").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(recordingCall(type, rep, "https://169.254.169.254/latest/meta-data.wav"))
                .when().post("/api/calls").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("recordingUrl"))
                .body("detail", containsString("only downloaded over https from"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(recordingCall(type, rep, "ftp://127.0.0.1/call.wav"))
                .when().post("/api/calls").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("recordingUrl"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", rep))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", rep))).isZero();
    }

    /** Posts a recording-only call as an integration, expects it accepted (202); answers its id. */
    private static String submit(String type, String rep, String recordingUrl) {
        return given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(recordingCall(type, rep, recordingUrl)).when().post("/api/calls")
                .then().statusCode(202).extract().path("id");
    }

    private static Map<String, Object> recordingCall(String type, String rep, String url) {
        Map<String, Object> call = new HashMap<>(CallFixtures.call(type, rep, "team-a", null));
        call.remove("transcript");
        call.put("durationSeconds", 0);
        call.put("recordingUrl", url);
        call.put("participants", List.of(Map.of("name", "Rita Rep", "role", "rep"),
                Map.of("name", "Paul Prospect", "role", "prospect")));
        return call;
    }
}
