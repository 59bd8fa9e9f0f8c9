package io.callreview.scorecard.call.webhook;

import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.FileServer;
import io.callreview.devtools.SpokenAudio;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Webhook calls that come as a recording only: Zoom's recording.completed (the audio file, downloaded with the
 * event's download_token) and a HubSpot call with a recording URL and neither transcript nor notes.
 */
@QuarkusTest
class WebhookRecordingTest {

    @TempDir
    static Path dir;

    @TestHTTPResource("/api/webhooks/hubspot")
    URL hubspotUrl;

    private static FileServer server;
    private static byte[] audio;

    @BeforeAll
    static void recording() {
        server = new FileServer();
        audio = SpokenAudio.bytes(SpokenAudio.encoded(SpokenAudio.speech(dir, "zoom", "Here is the agenda for today."), "zoom.m4a"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCompletedRecordingsAudioIsDownloadedWithTheEventsTokenTranscribedAndGraded() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String email = CallFixtures.unique("host") + "@example.com";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("repId", rep, "teamId", "team-z", "displayName", "Rita Rep"))
                .when().put("/api/integrations/zoom/identities/" + email).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("defaultCallType", type, "topicRules", List.of()))
                .when().put("/api/integrations/zoom/settings").then().statusCode(200);
        String path = "/rec/download/" + rep + ".m4a";
        String body = recordingCompleted(CallFixtures.unique("uuid"), email, server.serve(path, audio));

        String callId = post(body).then().statusCode(200).body("events[0].outcome", equalTo("CREATED"))
                .extract().path("events[0].callId");
        post(body).then().statusCode(200).body("events[0].outcome", equalTo("DUPLICATE"));

        JsonPath call = CallFixtures.awaitTranscribedAndGraded(callId);
        assertThat(call.getString("status")).isEqualTo("AUTO_SCORED");
        assertThat(call.getString("repId")).isEqualTo(rep);
        assertThat(server.authorization(path)).isEqualTo("Bearer zoom-download-token");
        assertThat(QuarkusTransaction.requiringNew().call(() -> SalesCall.<SalesCall>findById(callId).recordingToken))
                .as("the token is not kept once the call is transcribed").isNull();
    }

    @Test
    void aHubSpotCallWithARecordingButNoTranscriptOrNotesIsTranscribedAndGraded() {
        String type = CallFixtures.publishedDiscoveryType();
        String owner = String.valueOf(Math.abs(System.nanoTime()));
        String rep = CallFixtures.unique("rep");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("repId", rep, "teamId", "team-h", "displayName", "Rita Rep"))
                .when().put("/api/integrations/hubspot/identities/" + owner).then().statusCode(200);
        long objectId = Math.abs(System.nanoTime());
        String url = server.serve("/hubspot/" + objectId + ".m4a", audio);
        String body = """
                [{"eventId": %d, "portalId": 62515, "subscriptionType": "object.creation", "objectTypeId": "0-48",
                  "objectId": %d, "occurredAt": 1772463600000,
                  "properties": {"hubspot_owner_id": "%s", "hs_timestamp": "2026-03-02T15:00:00Z", "hs_call_duration": "0",
                    "callreview_call_type": "%s", "hs_call_recording_url": "%s"}}]""".formatted(objectId % 1_000_000, objectId,
                owner, type, url);
        long now = Instant.now().toEpochMilli();

        String callId = given().contentType(ContentType.JSON).header("X-HubSpot-Request-Timestamp", String.valueOf(now))
                .header("X-HubSpot-Signature-v3", Signing.hubspot(hubspotUrl.toString(), body, now)).body(body)
                .when().post(hubspotUrl).then().statusCode(200).body("events[0].outcome", equalTo("CREATED"))
                .extract().path("events[0].callId");

        JsonPath call = CallFixtures.awaitTranscribedAndGraded(callId);
        assertThat(call.getString("status")).isEqualTo("AUTO_SCORED");
        assertThat(call.getString("recordingUrl")).isEqualTo(url);
        assertThat(call.getString("repId")).isEqualTo(rep);
    }

    @Test
    void aRecordingWithoutAudioIsRefusedNamingTheFiles() {
        String body = recordingCompleted(CallFixtures.unique("uuid"), "nobody@example.com", "https://zoom.us/x.m4a")
                .replace("\"M4A\"", "\"CHAT\"");
        post(body).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("payload.object.recording_files"));
    }

    private static String recordingCompleted(String uuid, String hostEmail, String downloadUrl) {
        return """
                {"event": "recording.completed", "event_ts": %d, "download_token": "zoom-download-token",
                 "payload": {"account_id": "AAAA", "object": {"uuid": "%s", "id": 81234567890, "host_id": "h-%s",
                   "host_email": "%s", "topic": "Acme call", "start_time": "2026-03-02T15:00:00Z", "duration": 1,
                   "recording_files": [{"id": "f-audio", "file_type": "M4A", "file_extension": "M4A",
                     "recording_type": "audio_only", "download_url": "%s"}]}}}""".formatted(Instant.now().toEpochMilli(),
                uuid, uuid, hostEmail, downloadUrl);
    }

    private static io.restassured.response.Response post(String body) {
        long now = Instant.now().getEpochSecond();
        return given().contentType(ContentType.JSON).header("x-zm-request-timestamp", String.valueOf(now))
                .header("x-zm-signature", Signing.zoom(body, now)).body(body).when().post("/api/webhooks/zoom");
    }
}
