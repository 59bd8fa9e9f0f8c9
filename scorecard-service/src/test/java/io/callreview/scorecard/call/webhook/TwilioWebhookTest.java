package io.callreview.scorecard.call.webhook;

import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.FileServer;
import io.callreview.devtools.SpokenAudio;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Twilio's recording-status callback: signed as Twilio signs (HMAC-SHA1 of the URL and sorted parameters, computed
 * here independently of the service), refused unsigned, off by one byte or stale, and a completed recording ends
 * transcribed and graded.
 */
@QuarkusTest
class TwilioWebhookTest {

    private static final String AUTH_TOKEN = "test-twilio-auth-token";
    private static final DateTimeFormatter TWILIO_TIME = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

    @TempDir
    static Path dir;

    private static FileServer server;
    private static byte[] recording;

    @BeforeAll
    static void recording() {
        server = new FileServer();
        recording = SpokenAudio.bytes(SpokenAudio.encoded(SpokenAudio.speech(dir, "twilio", "What budget have you set aside?"),
                "twilio.mp3"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCompletedRecordingIsMappedToItsRepTranscribedAndGradedOnce() {
        Agent mapped = mappedAgent();
        String agent = mapped.name();
        String rep = mapped.rep();
        Map<String, String> form = callback(server.serve("/" + agent + ".mp3", recording), ZonedDateTime.now(ZoneOffset.UTC), "completed");

        String callId = post(agent, form, sign(path(agent), form)).then().statusCode(200)
                .body("events[0].outcome", equalTo("CREATED")).extract().path("events[0].callId");
        post(agent, form, sign(path(agent), form)).then().statusCode(200).body("events[0].outcome", equalTo("DUPLICATE"))
                .body("events[0].callId", equalTo(callId));

        JsonPath call = CallFixtures.awaitTranscribedAndGraded(callId);
        assertThat(call.getString("status")).isEqualTo("AUTO_SCORED");
        assertThat(call.getString("repId")).isEqualTo(rep);
        assertThat(call.getString("source")).isEqualTo("twilio");
        assertThat(call.getString("callType")).isEqualTo(mapped.callType());
        assertThat(QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", rep))).isEqualTo(1);
        assertThat(server.requests("/" + agent + ".mp3")).isEqualTo(1);
        assertThat(server.authorization("/" + agent + ".mp3")).as("the account's basic credentials for its media URL")
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("ACtest:test-twilio-auth-token".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnsignedATamperedOrAStaleCallbackIsRefusedAndNothingIsStored() {
        Agent mapped = mappedAgent();
        String agent = mapped.name();
        String rep = mapped.rep();
        Map<String, String> fresh = callback(server.url("/none.wav"), ZonedDateTime.now(ZoneOffset.UTC), "completed");
        String signature = sign(path(agent), fresh);
        char last = signature.charAt(signature.length() - 2);
        String offByOne = signature.substring(0, signature.length() - 2) + (char) (last == 'A' ? 'B' : 'A') + "=";
        Map<String, String> stale = callback(server.url("/none.wav"), ZonedDateTime.now(ZoneOffset.UTC).minusHours(2), "completed");

        post(agent, fresh, null).then().statusCode(401).contentType("application/problem+json");
        post(agent, fresh, offByOne).then().statusCode(401).contentType("application/problem+json");
        post(agent, stale, sign(path(agent), stale)).then().statusCode(401).contentType("application/problem+json");
        // the URL is signed too: the same parameters posted for another agent do not verify
        post(agent + "x", fresh, signature).then().statusCode(401);

        assertThat(QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", rep))).isZero();
    }

    @Test
    void aRecordingThatIsNotCompletedIsIgnoredAndAnUnmappedAgentIsNamed() {
        Agent mapped = mappedAgent();
        String agent = mapped.name();
        String rep = mapped.rep();
        Map<String, String> failed = callback(server.url("/failed.wav"), ZonedDateTime.now(ZoneOffset.UTC), "failed");
        post(agent, failed, sign(path(agent), failed)).then().statusCode(200).body("events[0].outcome", equalTo("IGNORED"));

        String stranger = CallFixtures.unique("agent");
        Map<String, String> form = callback(server.url("/stranger.wav"), ZonedDateTime.now(ZoneOffset.UTC), "completed");
        post(stranger, form, sign(path(stranger), form)).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agent"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", rep))).isZero();
    }

    /** A Twilio agent mapped to a new rep, with a new call type as the twilio default. */
    private record Agent(String name, String rep, String callType) {
    }

    private static Agent mappedAgent() {
        Agent agent = new Agent(CallFixtures.unique("agent"), CallFixtures.unique("rep"), CallFixtures.publishedDiscoveryType());
        mapAgent(agent.name(), agent.rep(), agent.callType());
        return agent;
    }

    private static void mapAgent(String agent, String rep, String type) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("repId", rep, "teamId", "team-t", "displayName", "Rita Rep"))
                .when().put("/api/integrations/twilio/identities/" + agent).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("defaultCallType", type, "topicRules", java.util.List.of()))
                .when().put("/api/integrations/twilio/settings").then().statusCode(200);
    }

    private static Map<String, String> callback(String recordingUrl, ZonedDateTime endedAt, String status) {
        String sid = CallFixtures.unique("RE").replace("-", "");
        return Map.of("AccountSid", "AC0123456789abcdef0123456789abcdef", "CallSid", "CA" + sid.substring(2),
                "RecordingSid", sid, "RecordingStatus", status, "RecordingChannels", "1", "RecordingSource", "DialVerb",
                "RecordingDuration", "3", "RecordingStartTime", TWILIO_TIME.format(endedAt.minusSeconds(3)),
                "RecordingUrl", recordingUrl);
    }

    private static String path(String agent) {
        return "/api/webhooks/twilio/recordings?agent=" + agent;
    }

    private static io.restassured.response.Response post(String agent, Map<String, String> form, String signature) {
        var request = given().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8)).formParams(form);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request.when().post(path(agent));
    }

    /** Twilio's scheme: base64(HMAC-SHA1(auth token, full URL + each parameter's name and value, sorted by name)). */
    private static String sign(String path, Map<String, String> form) {
        StringBuilder text = new StringBuilder("http://localhost:" + RestAssured.port + path);
        new TreeMap<>(form).forEach((name, value) -> text.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
