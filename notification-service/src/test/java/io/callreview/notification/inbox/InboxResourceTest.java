package io.callreview.notification.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.events.Topics;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.MutableClock;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.Inboxes.awaitInInbox;
import static io.callreview.notification.NudgeFixtures.newRep;
import static io.callreview.notification.NudgeFixtures.nudge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InboxResourceTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void receivedAtKeepsItsFractionOfASecond() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(123_456, ChronoUnit.MICROS);
        clock.set(received);
        String rep = newRep();
        String nudgeId = NudgeFixtures.publish(codec, nudge(rep).build());
        awaitInInbox(rep, nudgeId);

        String receivedAt = given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox")
                .then().statusCode(200)
                .extract().jsonPath().getString("items[0].receivedAt");
        assertThat(Instant.parse(receivedAt)).isEqualTo(received);
    }

    @Test
    void inboxIsNewestFirstAndPaged() {
        String rep = newRep();
        String first = NudgeFixtures.publish(codec, nudge(rep).title("first").build());
        awaitInInbox(rep, first);
        String second = NudgeFixtures.publish(codec, nudge(rep).title("second").build());
        awaitInInbox(rep, second);
        String third = NudgeFixtures.publish(codec, nudge(rep).title("third").build());
        awaitInInbox(rep, third);

        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox?page=0&size=2")
                .then().statusCode(200)
                .body("items.nudgeId", contains(third, second))
                .body("total", equalTo(3))
                .body("unread", equalTo(3));
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox?page=1&size=2")
                .then().statusCode(200)
                .body("items.nudgeId", contains(first));
    }

    @Test
    void readingOneAndAllUpdatesTheUnreadCount() {
        String rep = newRep();
        String one = NudgeFixtures.publish(codec, nudge(rep).build());
        String two = NudgeFixtures.publish(codec, nudge(rep).build());
        String three = NudgeFixtures.publish(codec, nudge(rep).build());
        awaitInInbox(rep, three);
        awaitInInbox(rep, one);
        awaitInInbox(rep, two);
        assertUnread(rep, 3);

        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().post("/api/reps/" + rep + "/inbox/" + one + "/read")
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().post("/api/reps/" + rep + "/inbox/" + one + "/read")
                .then().statusCode(204);
        assertUnread(rep, 2);
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox?unreadOnly=true")
                .then().statusCode(200)
                .body("items.nudgeId", contains(three, two))
                .body("total", equalTo(2))
                .body("unread", equalTo(2));
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("unread", equalTo(2));

        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().post("/api/reps/" + rep + "/inbox/read-all")
                .then().statusCode(200)
                .body("marked", equalTo(2));
        assertUnread(rep, 0);
    }

    @Test
    void anotherRepsInboxAndNudgesDoNotExist() {
        String rep = newRep();
        String other = newRep();
        String theirs = NudgeFixtures.publish(codec, nudge(other).build());
        awaitInInbox(other, theirs);

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + other + "/inbox")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + other + "/inbox/unread-count")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + rep + "/inbox/" + theirs)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(other, "team-a")).when().get("/api/reps/" + other + "/inbox/" + theirs)
                .then().statusCode(200).body("nudgeId", equalTo(theirs));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().post("/api/reps/" + other + "/inbox/" + theirs + "/read")
                .then().statusCode(404);
        // even through their own path, a rep cannot reach another rep's nudge id
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().post("/api/reps/" + rep + "/inbox/" + theirs + "/read")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "ACKNOWLEDGED"))
                .when().post("/api/reps/" + rep + "/inbox/" + theirs + "/response")
                .then().statusCode(404);
        assertUnread(other, 1);
    }

    @Test
    void selfAssessmentIsPublishedAsRepResponseAndAnsweringAgainIsAReplay() throws Exception {
        String rep = newRep();
        String nudgeId = NudgeFixtures.publish(codec, nudge(rep).build());
        awaitInInbox(rep, nudgeId);

        String responseId = given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "SELF_ASSESSMENT", "selfAssessment", "YES"))
                .when().post("/api/reps/" + rep + "/inbox/" + nudgeId + "/response")
                .then().statusCode(201)
                .body("nudgeId", equalTo(nudgeId))
                .body("selfAssessment", equalTo("YES"))
                .extract().path("responseId");

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(Topics.REP_RESPONSE,
                r -> rep.equals(r.key()), Duration.ofSeconds(30));
        JsonNode event = mapper.readTree(record.value());
        assertThat(event.get("type").asText()).isEqualTo("RepResponse");
        assertThat(event.at("/payload/responseId").asText()).isEqualTo(responseId);
        assertThat(event.at("/payload/nudgeId").asText()).isEqualTo(nudgeId);
        assertThat(event.at("/payload/kind").asText()).isEqualTo("SELF_ASSESSMENT");
        assertThat(event.at("/payload/selfAssessment").asText()).isEqualTo("YES");
        assertThat(event.at("/payload/behaviourKey").asText()).isEqualTo("next-steps");
        assertThat(event.at("/payload/callId").asText()).isEqualTo("call-1");

        // the same answer again: the first response, nothing new published
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "SELF_ASSESSMENT", "selfAssessment", "YES"))
                .when().post("/api/reps/" + rep + "/inbox/" + nudgeId + "/response")
                .then().statusCode(200)
                .body("responseId", equalTo(responseId));
        // a different answer: refused
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "SELF_ASSESSMENT", "selfAssessment", "NO"))
                .when().post("/api/reps/" + rep + "/inbox/" + nudgeId + "/response")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("selfAssessment"));
        // acknowledging is a separate answer
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "ACKNOWLEDGED"))
                .when().post("/api/reps/" + rep + "/inbox/" + nudgeId + "/response")
                .then().statusCode(201);

        List<ConsumerRecord<String, String>> published = KafkaTestClient.awaitRecords(Topics.REP_RESPONSE,
                r -> rep.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(published).hasSize(2);
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox")
                .then().statusCode(200)
                .body("items[0].answers.selfAssessment", equalTo("YES"))
                .body("items[0].answers.acknowledgedAt", notNullValue())
                .body("items[0].readAt", notNullValue());
    }

    @Test
    void answersAreValidated() {
        String rep = newRep();
        String plain = NudgeFixtures.publish(codec, nudge(rep).actions(List.of(
                new NudgeRequested.Action(NudgeRequested.ActionType.ACKNOWLEDGE, "Got it", null, null))).build());
        awaitInInbox(rep, plain);

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "SELF_ASSESSMENT"))
                .when().post("/api/reps/" + rep + "/inbox/" + plain + "/response")
                .then().statusCode(400).body("errors[0].field", equalTo("selfAssessment"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "SELF_ASSESSMENT", "selfAssessment", "YES"))
                .when().post("/api/reps/" + rep + "/inbox/" + plain + "/response")
                .then().statusCode(422).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "MAYBE"))
                .when().post("/api/reps/" + rep + "/inbox/" + plain + "/response")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "ACKNOWLEDGED", "selfAssessment", "NO"))
                .when().post("/api/reps/" + rep + "/inbox/" + plain + "/response")
                .then().statusCode(400).body("errors[0].field", equalTo("selfAssessment"));
    }

    @Test
    void aMisspeltFieldInAnAnswerIsRefusedNamingItAndNothingIsRecorded() {
        String rep = newRep();
        String nudgeId = NudgeFixtures.publish(codec, nudge(rep).actions(List.of(
                new NudgeRequested.Action(NudgeRequested.ActionType.REFLECTION, "What made it work?", null,
                        "What did you do that made it work?", List.of("Ask about budget early", "Not sure")),
                new NudgeRequested.Action(NudgeRequested.ActionType.ACKNOWLEDGE, "Got it", null, null))).build());
        awaitInInbox(rep, nudgeId);
        String path = "/api/reps/" + rep + "/inbox/" + nudgeId + "/response";

        // without the check, "txt" was dropped and the choice alone recorded as the reflection
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body("{\"kind\": \"REFLECTION\", \"choice\": \"Ask about budget early\", \"txt\": \"I asked first\"}")
                .when().post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("txt"))
                .body("errors[0].message", equalTo("is not a known field; did you mean text?"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body("{\"kind\": \"ACKNOWLEDGED\", \"comment\": \"thanks\"}")
                .when().post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("comment"))
                .body("errors[0].message", equalTo("is not a known field"));

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + rep + "/inbox/" + nudgeId)
                .then().statusCode(200)
                .body("answers.reflection", nullValue())
                .body("answers.acknowledgedAt", nullValue())
                .body("readAt", nullValue());
        assertThat(KafkaTestClient.awaitRecords(Topics.REP_RESPONSE, r -> rep.equals(r.key()), 1, Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void aReflectionIsRecordedAndPublishedWithTheRepsWordsAndChoice() throws Exception {
        String rep = newRep();
        String nudgeId = NudgeFixtures.publish(codec, nudge(rep).actions(List.of(
                new NudgeRequested.Action(NudgeRequested.ActionType.REFLECTION, "What made it work?", null,
                        "What did you do that made it work?", List.of("Ask about budget early", "I'm not sure what made it work")),
                new NudgeRequested.Action(NudgeRequested.ActionType.ACKNOWLEDGE, "Got it", null, null))).build());
        awaitInInbox(rep, nudgeId);
        String path = "/api/reps/" + rep + "/inbox/" + nudgeId + "/response";

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "REFLECTION"))
                .when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "REFLECTION", "choice", "Something else"))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("choice"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "REFLECTION", "text", "x".repeat(1001)))
                .when().post(path).then().statusCode(400).body("errors[0].field", containsString("text"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUIZ_ANSWER", "choice", "Ask about budget early"))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + rep + "/inbox/" + nudgeId)
                .then().statusCode(200).body("answers.reflection", nullValue());

        Map<String, Object> answer = Map.of("kind", "REFLECTION", "choice", "Ask about budget early",
                "text", "  I asked before the demo  ");
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(answer)
                .when().post(path).then().statusCode(201)
                .body("choice", equalTo("Ask about budget early"))
                .body("text", equalTo("I asked before the demo"));
        JsonNode event = mapper.readTree(KafkaTestClient.awaitRecord(Topics.REP_RESPONSE,
                r -> rep.equals(r.key()), Duration.ofSeconds(30)).value());
        assertThat(event.at("/payload/kind").asText()).isEqualTo("REFLECTION");
        assertThat(event.at("/payload/choice").asText()).isEqualTo("Ask about budget early");
        assertThat(event.at("/payload/text").asText()).isEqualTo("I asked before the demo");

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(answer)
                .when().post(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "REFLECTION", "text", "Something different entirely"))
                .when().post(path).then().statusCode(409).body("errors[0].field", equalTo("text"));
        assertThat(KafkaTestClient.awaitRecords(Topics.REP_RESPONSE, r -> rep.equals(r.key()), 2, Duration.ofSeconds(2)))
                .hasSize(1);
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + rep + "/inbox/" + nudgeId)
                .then().statusCode(200)
                .body("answers.reflection.choice", equalTo("Ask about budget early"))
                .body("answers.reflection.text", equalTo("I asked before the demo"));
    }

    @Test
    void aQuizTakesOneOfItsChoices() throws Exception {
        String rep = newRep();
        String nudgeId = NudgeFixtures.publish(codec, nudge(rep).actions(List.of(
                new NudgeRequested.Action(NudgeRequested.ActionType.QUIZ, "Quick question", null,
                        "Which of these closes with next steps?", List.of("A date for the demo", "A joke", "Not sure")))).build());
        awaitInInbox(rep, nudgeId);
        String path = "/api/reps/" + rep + "/inbox/" + nudgeId + "/response";

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUIZ_ANSWER"))
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("choice"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUIZ_ANSWER", "choice", "A joke", "text", "because"))
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUIZ_ANSWER", "choice", "A date for the demo"))
                .when().post(path).then().statusCode(201);
        JsonNode event = mapper.readTree(KafkaTestClient.awaitRecord(Topics.REP_RESPONSE,
                r -> rep.equals(r.key()), Duration.ofSeconds(30)).value());
        assertThat(event.at("/payload/kind").asText()).isEqualTo("QUIZ_ANSWER");
        assertThat(event.at("/payload/choice").asText()).isEqualTo("A date for the demo");
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUIZ_ANSWER", "choice", "A joke"))
                .when().post(path).then().statusCode(409).body("errors[0].field", equalTo("choice"));
    }

    private static void assertUnread(String rep, int expected) {
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/inbox/unread-count")
                .then().statusCode(200)
                .body("unread", equalTo(expected));
    }
}
