package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.callreview.events.Topics;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Real-format deliveries from HubSpot, Zoom and a generic CRM: graded, published, and every rejection stores nothing. */
@QuarkusTest
class WebhookTest {

    private static final String ZOOM_VTT = """
            WEBVTT

            1
            00:00:02.000 --> 00:00:09.000
            Rita Rep: Welcome Paul. Here is the agenda for our call.

            2
            00:00:10.000 --> 00:00:15.000
            Paul Prospect: Great, thanks.

            3
            00:02:00.000 --> 00:02:08.000
            Rita Rep: What budget have you set aside for this?

            4
            00:02:09.000 --> 00:02:14.000
            Paul Prospect: Around forty thousand.

            5
            00:05:00.000 --> 00:05:06.000
            Rita Rep: And what is your timeline to go live?

            6
            00:27:00.000 --> 00:27:09.000
            Rita Rep: Let's agree the next step: I'll send a calendar invite for the demo.
            """;

    @TestHTTPResource("/api/webhooks/hubspot")
    URL hubspotUrl;

    @Inject
    ObjectMapper mapper;

    private HttpServer files;
    private final AtomicInteger downloads = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFileServer() throws Exception {
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/rec/download/", exchange -> {
            downloads.incrementAndGet();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] vtt = ZOOM_VTT.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, vtt.length);
            exchange.getResponseBody().write(vtt);
            exchange.close();
        });
        files.start();
    }

    @AfterEach
    void stopFileServer() {
        files.stop(0);
    }

    private static long calls(String repId) {
        return QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", repId));
    }

    /** CallScored events announced for the rep: one per graded call, however often a delivery is retried. */
    private static long events(String repId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey = ?1 AND eventType = 'CallScored'", repId));
    }

    private static void mapIdentity(String source, String user, String repId, String displayName) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("repId", repId, "teamId", "team-w", "displayName", displayName))
                .when().put("/api/integrations/" + source + "/identities/" + user)
                .then().statusCode(200);
    }

    private static void routeTopics(String source, String defaultType, String keyword, String keywordType) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("defaultCallType", defaultType, "topicRules", List.of(Map.of("keyword", keyword, "callType", keywordType))))
                .when().put("/api/integrations/" + source + "/settings")
                .then().statusCode(200);
    }

    private JsonNode awaitScored(String repId) throws Exception {
        return mapper.readTree(KafkaTestClient.awaitRecord(Topics.CALL_SCORED, r -> repId.equals(r.key()),
                Duration.ofSeconds(30)).value()).get("payload");
    }

    // ---------------------------------------------------------------- HubSpot

    private String hubspotBody(String owner, long objectId, String eventId) {
        return """
                [{"eventId": %s, "portalId": 62515, "subscriptionType": "object.creation", "objectTypeId": "0-48",
                  "objectId": %d, "occurredAt": 1772463600000,
                  "properties": {"hubspot_owner_id": "%s", "hs_call_title": "Acme - Discovery call",
                    "hs_timestamp": "2026-03-02T15:00:00Z", "hs_call_duration": "600000",
                    "hs_call_recording_url": "https://recordings.example.com/3001.mp3",
                    "hs_call_body": "<p>Rita Rep: Hi Paul, here is the agenda.</p><p>Paul Prospect: Fine.</p><p>Rita Rep: Have you budgeted for a tool like ours?</p><p>Paul Prospect: Yes, some.</p><p>Rita Rep: What timeline do you have in mind?</p><p>Paul Prospect: Next quarter.</p><p>Rita Rep: Okay, wonderful, thanks so much, and as a next step I will send you a calendar invite for the demo.</p>"}},
                 {"eventId": %s9, "portalId": 62515, "subscriptionType": "object.propertyChange", "objectId": %d,
                  "propertyName": "hs_call_status", "propertyValue": "COMPLETED"}]""".formatted(eventId, objectId, owner, eventId, objectId);
    }

    /** A rep known to HubSpot as {@code owner}, whose discovery calls are routed to a published scorecard. */
    private static String hubspotRep(String owner) {
        String type = CallFixtures.publishedDiscoveryType();
        routeTopics("hubspot", type, "discovery", type);
        String rep = CallFixtures.unique("rep");
        mapIdentity("hubspot", owner, rep, "Rita Rep");
        return rep;
    }

    private io.restassured.response.ValidatableResponse postHubSpot(String body, long timestampMs, String signature) {
        return given().contentType(ContentType.JSON)
                .header("X-HubSpot-Request-Timestamp", String.valueOf(timestampMs))
                .header("X-HubSpot-Signature-v3", signature)
                .body(body)
                .when().post(hubspotUrl)
                .then();
    }

    @Test
    void hubspotSignedCallIsGradedPublishedAndDeduplicated() throws Exception {
        String owner = String.valueOf(Math.abs(System.nanoTime()));
        String rep = hubspotRep(owner);
        long objectId = Math.abs(System.nanoTime());
        String body = hubspotBody(owner, objectId, String.valueOf(objectId % 1_000_000));
        long now = Instant.now().toEpochMilli();

        String callId = postHubSpot(body, now, Signing.hubspot(hubspotUrl.toString(), body, now))
                .statusCode(200)
                .body("events[0].outcome", equalTo("CREATED"))
                .body("events[1].outcome", equalTo("IGNORED"))
                .extract().path("events[0].callId");

        JsonNode payload = awaitScored(rep);
        assertThat(payload.get("callId").asText()).isEqualTo(callId);
        assertThat(payload.get("source").asText()).isEqualTo("hubspot");
        assertThat(payload.get("externalId").asText()).isEqualTo(String.valueOf(objectId));
        assertThat(payload.get("teamId").asText()).isEqualTo("team-w");
        assertThat(payload.get("durationSeconds").asInt()).isEqualTo(600);
        JsonNode qualification = behaviour(payload, "qualification");
        assertThat(qualification.get("verdict").asText()).isEqualTo("MET");
        assertThat(qualification.at("/evidence/0/quote").asText()).isEqualTo("Have you budgeted for a tool like ours?");
        assertThat(qualification.at("/evidence/0/speaker").asText()).isEqualTo("Rita Rep");
        assertThat(behaviour(payload, "next-steps").get("verdict").asText()).isEqualTo("MET");

        long later = Instant.now().toEpochMilli();
        postHubSpot(body, later, Signing.hubspot(hubspotUrl.toString(), body, later))
                .statusCode(200)
                .body("events[0].outcome", equalTo("DUPLICATE"))
                .body("events[0].callId", equalTo(callId));
        assertThat(calls(rep)).isEqualTo(1);
        assertThat(events(rep)).isEqualTo(1);
    }

    @Test
    void hubspotCallsThatNeverConnectedAreIgnoredAndTheRestOfTheirDeliveryIsStored() throws Exception {
        String owner = String.valueOf(Math.abs(System.nanoTime()));
        String rep = hubspotRep(owner);
        long objectId = Math.abs(System.nanoTime());
        String eventId = String.valueOf(objectId % 1_000_000);
        String completed = hubspotBody(owner, objectId, eventId);
        String notConnected = """
                {"eventId": %s1, "portalId": 62515, "subscriptionType": "object.creation", "objectId": %d,
                  "properties": {"hubspot_owner_id": "%s", "hs_call_title": "Call with Nora", "hs_call_status": "%s",
                    "hs_timestamp": "2026-03-02T16:00:00Z", "hs_call_duration": "0", "hs_call_body": ""}}""";
        String body = completed.substring(0, completed.lastIndexOf(']')) + ", "
                + notConnected.formatted(eventId, objectId + 1, owner, "NO_ANSWER") + ", "
                + notConnected.formatted(eventId + "2", objectId + 2, owner, "BUSY") + "]";
        long now = Instant.now().toEpochMilli();

        postHubSpot(body, now, Signing.hubspot(hubspotUrl.toString(), body, now))
                .statusCode(200)
                .body("events.outcome", equalTo(List.of("CREATED", "IGNORED", "IGNORED", "IGNORED")));

        assertThat(awaitScored(rep).get("externalId").asText()).isEqualTo(String.valueOf(objectId));
        assertThat(calls(rep)).isEqualTo(1);
    }

    @Test
    void hubspotBadSignatureAndStaleTimestampAreRefusedAndStoreNothing() {
        String owner = String.valueOf(Math.abs(System.nanoTime()));
        String rep = hubspotRep(owner);
        String body = hubspotBody(owner, Math.abs(System.nanoTime()), "77");
        long now = Instant.now().toEpochMilli();

        postHubSpot(body, now, Signing.hubspot(hubspotUrl.toString(), body.replace("Acme", "Evil"), now))
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("signature"));
        postHubSpot(body, now, Signing.hubspot("https://elsewhere.example.com/api/webhooks/hubspot", body, now))
                .statusCode(401);
        long stale = now - Duration.ofMinutes(6).toMillis();
        postHubSpot(body, stale, Signing.hubspot(hubspotUrl.toString(), body, stale))
                .statusCode(401)
                .body("detail", containsString("replay"));
        given().contentType(ContentType.JSON).body(body).when().post(hubspotUrl).then().statusCode(401);

        assertThat(calls(rep)).isZero();
        assertThat(events(rep)).isZero();
    }

    @Test
    void hubspotUnmappedOwnerIs422AndNothingIsStored() {
        String type = CallFixtures.publishedDiscoveryType();
        routeTopics("hubspot", type, "discovery", type);
        String body = hubspotBody("no-such-owner-" + System.nanoTime(), Math.abs(System.nanoTime()), "88");
        long now = Instant.now().toEpochMilli();
        postHubSpot(body, now, Signing.hubspot(hubspotUrl.toString(), body, now))
                .statusCode(422)
                .body("errors[0].field", equalTo("[0].properties.hubspot_owner_id"));
    }

    @Test
    void hubspotEventWhosePropertiesAreNotAnObjectIs400AndStoresNothing() {
        String owner = String.valueOf(Math.abs(System.nanoTime()));
        String rep = hubspotRep(owner);
        String wellFormed = hubspotBody(owner, Math.abs(System.nanoTime()), "66");
        String body = wellFormed.replaceFirst("\"properties\": \\{[^}]*}", "\"properties\": \"none\"");
        assertThat(body).as("the properties were replaced").doesNotContain("hubspot_owner_id");
        long now = Instant.now().toEpochMilli();

        postHubSpot(body, now, Signing.hubspot(hubspotUrl.toString(), body, now))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].properties"));
        assertThat(calls(rep)).isZero();
        assertThat(events(rep)).isZero();
    }

    // ---------------------------------------------------------------- Zoom

    private String zoomBody(String uuid, String hostEmail, String downloadUrl, String inlineVtt) {
        String content = inlineVtt == null ? "" : ", \"content\": " + json(inlineVtt);
        return """
                {"event": "recording.transcript_completed", "event_ts": %d, "download_token": "zoom-download-token",
                 "payload": {"account_id": "acc-1", "object": {"uuid": "%s", "id": 81234567890,
                   "host_id": "host-%s", "host_email": "%s", "topic": "Acme Discovery", "type": 2,
                   "start_time": "2026-03-02T15:00:00Z", "duration": 30, "share_url": "https://zoom.us/rec/share/abc",
                   "recording_files": [
                     {"id": "f-audio", "file_type": "M4A", "file_extension": "M4A", "download_url": "%s"},
                     {"id": "f-vtt", "file_type": "TRANSCRIPT", "file_extension": "VTT",
                      "recording_start": "2026-03-02T15:00:00Z", "recording_end": "2026-03-02T15:30:00Z",
                      "download_url": "%s"%s}]}}}""".formatted(Instant.now().toEpochMilli(), uuid, uuid, hostEmail,
                downloadUrl, downloadUrl, content);
    }

    private String json(String text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private io.restassured.response.ValidatableResponse postZoom(String body, long timestampSeconds, String signature) {
        return given().contentType(ContentType.JSON)
                .header("x-zm-request-timestamp", String.valueOf(timestampSeconds))
                .header("x-zm-signature", signature)
                .body(body)
                .when().post("/api/webhooks/zoom")
                .then();
    }

    private String localVttUrl() {
        return "http://127.0.0.1:" + files.getAddress().getPort() + "/rec/download/transcript.vtt";
    }

    @Test
    void zoomAnswersTheUrlValidationChallengeOnlyWhenSigned() {
        String body = "{\"event\": \"endpoint.url_validation\", \"event_ts\": 1772465400000, \"payload\": {\"plainToken\": \"qgg8vlvZRS6UYooatFL8Aw\"}}";
        long now = Instant.now().getEpochSecond();
        String expected = java.util.HexFormat.of().formatHex(Signing.hmac(Signing.ZOOM_SECRET, "qgg8vlvZRS6UYooatFL8Aw"));
        postZoom(body, now, Signing.zoom(body, now))
                .statusCode(200)
                .body("plainToken", equalTo("qgg8vlvZRS6UYooatFL8Aw"))
                .body("encryptedToken", equalTo(expected));
        postZoom(body, now, "v0=" + "0".repeat(64)).statusCode(401);
    }

    @Test
    void zoomTranscriptIsDownloadedGradedPublishedAndDeduplicated() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        routeTopics("zoom", type, "discovery", type);
        String rep = CallFixtures.unique("rep");
        String email = rep + "@example.com";
        mapIdentity("zoom", email.toUpperCase(), rep, "Rita Rep");
        String uuid = CallFixtures.unique("meeting") + "==";
        String body = zoomBody(uuid, email, localVttUrl(), null);
        long now = Instant.now().getEpochSecond();

        String callId = postZoom(body, now, Signing.zoom(body, now))
                .statusCode(200)
                .body("events[0].outcome", equalTo("CREATED"))
                .extract().path("events[0].callId");
        assertThat(downloads.get()).isEqualTo(1);
        assertThat(authorizations).containsExactly("Bearer zoom-download-token");

        JsonNode payload = awaitScored(rep);
        assertThat(payload.get("callId").asText()).isEqualTo(callId);
        assertThat(payload.get("externalId").asText()).isEqualTo(uuid);
        assertThat(payload.get("callType").asText()).isEqualTo(type);
        assertThat(payload.get("durationSeconds").asInt()).isEqualTo(1800);
        JsonNode qualification = behaviour(payload, "qualification");
        assertThat(qualification.get("verdict").asText()).isEqualTo("MET");
        assertThat(qualification.at("/evidence/0/startMs").asLong()).isEqualTo(120_000);
        assertThat(qualification.at("/evidence/0/quote").asText()).isEqualTo("What budget have you set aside for this?");
        JsonNode nextSteps = behaviour(payload, "next-steps");
        assertThat(nextSteps.get("verdict").asText()).isEqualTo("MET");
        assertThat(nextSteps.at("/evidence/0/startMs").asLong()).isGreaterThanOrEqualTo(27 * 60_000L);
        assertThat(behaviour(payload, "agenda").get("verdict").asText()).isEqualTo("MET");

        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/transcript")
                .then().statusCode(200)
                .body("format", equalTo("webvtt"))
                .body("segments[1].role", equalTo("prospect"))
                .body("segments[0].role", equalTo("rep"));

        long later = Instant.now().getEpochSecond();
        postZoom(body, later, Signing.zoom(body, later))
                .statusCode(200)
                .body("events[0].outcome", equalTo("DUPLICATE"))
                .body("events[0].callId", equalTo(callId));
        assertThat(downloads.get()).as("a duplicate is not downloaded again").isEqualTo(1);
        assertThat(calls(rep)).isEqualTo(1);
        assertThat(events(rep)).isEqualTo(1);
    }

    @Test
    void zoomRejectionsStoreNothing() {
        String type = CallFixtures.publishedDiscoveryType();
        routeTopics("zoom", type, "discovery", type);
        String rep = CallFixtures.unique("rep");
        String email = rep + "@example.com";
        mapIdentity("zoom", email, rep, "Rita Rep");
        long now = Instant.now().getEpochSecond();

        String signedElsewhere = zoomBody(CallFixtures.unique("m"), email, localVttUrl(), null);
        postZoom(signedElsewhere, now, Signing.zoom(signedElsewhere.replace("Acme", "Evil"), now)).statusCode(401);
        postZoom(signedElsewhere, now - 301, Signing.zoom(signedElsewhere, now - 301)).statusCode(401);

        String metadataHost = zoomBody(CallFixtures.unique("m"), email, "http://169.254.169.254/latest/meta-data", null);
        postZoom(metadataHost, now, Signing.zoom(metadataHost, now))
                .statusCode(422)
                .body("errors[0].field", equalTo("payload.object.recording_files[1].download_url"));

        String brokenVtt = zoomBody(CallFixtures.unique("m"), email, localVttUrl(),
                "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nRita Rep: hi\n");
        postZoom(brokenVtt, now, Signing.zoom(brokenVtt, now))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript.content"))
                .body("detail", containsString("broken cue timing"));

        assertThat(downloads.get()).isZero();
        assertThat(calls(rep)).isZero();
        assertThat(events(rep)).isZero();
    }

    @Test
    void zoomPayloadThatIsNotValidUtf8Is400AndStoresNothing() {
        String type = CallFixtures.publishedDiscoveryType();
        routeTopics("zoom", type, "discovery", type);
        String rep = CallFixtures.unique("rep");
        String email = rep + "@example.com";
        mapIdentity("zoom", email, rep, "Rita Rep");
        String text = zoomBody(CallFixtures.unique("m"), email, localVttUrl(), ZOOM_VTT);
        int at = text.indexOf("Acme Discovery");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC0;
        body[head.length + 1] = (byte) 0xAF;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        long now = Instant.now().getEpochSecond();

        given().contentType(ContentType.JSON)
                .header("x-zm-request-timestamp", String.valueOf(now))
                .header("x-zm-signature", Signing.zoom(body, now))
                .body(body)
                .when().post("/api/webhooks/zoom")
                .then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(calls(rep)).isZero();
        assertThat(events(rep)).isZero();
    }

    // ---------------------------------------------------------------- generic

    private io.restassured.response.ValidatableResponse postSigned(String body, long timestamp, String signature, String eventId) {
        var request = given().contentType(ContentType.JSON)
                .header("X-Signature-Timestamp", String.valueOf(timestamp))
                .header("X-Signature", signature)
                .body(body);
        if (eventId != null) {
            request.header("X-Event-Id", eventId);
        }
        return request.when().post("/api/webhooks/signed").then();
    }

    @Test
    void genericSignedCallIsGradedPublishedAndDeduplicated() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String body = mapper.writeValueAsString(CallFixtures.call(type, rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        String eventId = CallFixtures.unique("evt");
        long now = Instant.now().getEpochSecond();

        String callId = postSigned(body, now, "sha256=" + Signing.generic(body, now), eventId)
                .statusCode(200)
                .body("events[0].outcome", equalTo("CREATED"))
                .body("events[0].eventId", equalTo(eventId))
                .extract().path("events[0].callId");

        JsonNode payload = awaitScored(rep);
        assertThat(payload.get("callId").asText()).isEqualTo(callId);
        assertThat(behaviour(payload, "qualification").get("evidence")).hasSize(2);
        assertThat(behaviour(payload, "objection-handling").get("verdict").asText()).isEqualTo("NOT_APPLICABLE");

        postSigned(body, now, Signing.generic(body, now), eventId)
                .statusCode(200)
                .body("events[0].outcome", equalTo("DUPLICATE"))
                .body("events[0].callId", equalTo(callId));
        postSigned(body, now, Signing.generic(body, now), CallFixtures.unique("evt"))
                .statusCode(200)
                .body("events[0].outcome", equalTo("ALREADY_KNOWN"))
                .body("events[0].callId", equalTo(callId));
        assertThat(calls(rep)).isEqualTo(1);
        assertThat(events(rep)).isEqualTo(1);
    }

    @Test
    void genericRejectionsStoreNothing() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String body = mapper.writeValueAsString(CallFixtures.call(type, rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        long now = Instant.now().getEpochSecond();

        postSigned(body, now, Signing.generic(body + " ", now), null).statusCode(401)
                .contentType("application/problem+json");
        postSigned(body, now - 600, Signing.generic(body, now - 600), null).statusCode(401);
        postSigned(body, now + 600, Signing.generic(body, now + 600), null).statusCode(401);

        String unknownType = mapper.writeValueAsString(CallFixtures.call("no-such-type", rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        postSigned(unknownType, now, Signing.generic(unknownType, now), null)
                .statusCode(422)
                .body("errors[0].field", equalTo("callType"));

        String invalid = body.replace("\"teamId\":\"team-a\",", "");
        postSigned(invalid, now, Signing.generic(invalid, now), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("teamId"));

        assertThat(calls(rep)).isZero();
        assertThat(events(rep)).isZero();
    }

    @Test
    void theGenericWebhookCannotMoveARepNorUseAWebhooksSourceName() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        long now = Instant.now().getEpochSecond();
        String first = mapper.writeValueAsString(CallFixtures.call(type, rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        postSigned(first, now, Signing.generic(first, now), null).statusCode(200).body("events[0].outcome", equalTo("CREATED"));

        String otherTeam = mapper.writeValueAsString(CallFixtures.call(type, rep, "team-b",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        postSigned(otherTeam, now, Signing.generic(otherTeam, now), null)
                .statusCode(422)
                .body("errors[0].field", equalTo("teamId"));
        java.util.Map<String, Object> asHubSpot = new java.util.HashMap<>(CallFixtures.call(type, rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        asHubSpot.put("source", "hubspot");
        String hubspot = mapper.writeValueAsString(asHubSpot);
        postSigned(hubspot, now, Signing.generic(hubspot, now), null)
                .statusCode(422)
                .body("errors[0].field", equalTo("source"));
        assertThat(calls(rep)).isEqualTo(1);
    }

    @Test
    void webhooksNeedNoTokenButIntegrationAdminMappingDoes() {
        given().auth().oauth2(TestTokens.coach("c", "team-w")).contentType(ContentType.JSON)
                .body(Map.of("repId", "r", "teamId", "t"))
                .when().put("/api/integrations/zoom/identities/someone@example.com")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/integrations/salesforce/identities")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("defaultCallType", "no-such-type", "topicRules", List.of()))
                .when().put("/api/integrations/zoom/settings")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("defaultCallType"));
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/integrations/hubspot/settings")
                .then().statusCode(200)
                .body("source", equalTo("hubspot"))
                .body("updatedAt", org.hamcrest.Matchers.anything());
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/integrations/zoom/identities")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.admin())
                .when().delete("/api/integrations/zoom/identities/nobody-here@example.com")
                .then().statusCode(404)
                .body("title", equalTo("zoom user not found"))
                .body("errors", nullValue());
    }

    static JsonNode behaviour(JsonNode payload, String key) {
        for (JsonNode behaviour : payload.get("behaviours")) {
            if (behaviour.get("key").asText().equals(key)) {
                return behaviour;
            }
        }
        throw new AssertionError("no behaviour " + key + " in " + payload);
    }
}
