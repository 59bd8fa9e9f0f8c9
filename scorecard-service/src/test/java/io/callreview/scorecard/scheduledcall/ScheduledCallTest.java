package io.callreview.scorecard.scheduledcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ScorecardFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ScheduledCallTest {

    @Inject
    ObjectMapper mapper;

    private static Map<String, Object> body(String type, String rep, Instant startsAt, String externalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("repId", rep);
        body.put("teamId", "team-a");
        body.put("callType", type);
        body.put("startsAt", startsAt.toString());
        body.put("externalId", externalId);
        body.put("source", "testcrm");
        return body;
    }

    @Test
    void scheduledCallIsPublishedOnceAndRescheduledWhenItMoves() throws Exception {
        String type = ScorecardFixtures.newCallType();
        String rep = CallFixtures.unique("rep");
        String meeting = CallFixtures.unique("meeting");
        Instant startsAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        String id = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(body(type, rep, startsAt, meeting))
                .when().post("/api/scheduled-calls")
                .then().statusCode(201)
                .body("callType", equalTo(type))
                .extract().path("id");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(body(type, rep, startsAt, meeting))
                .when().post("/api/scheduled-calls")
                .then().statusCode(200)
                .body("id", equalTo(id));

        Instant moved = startsAt.plus(1, ChronoUnit.HOURS);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(body(type, rep, moved, meeting))
                .when().post("/api/scheduled-calls")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("startsAt", equalTo(moved.toString()));

        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.CALL_SCHEDULED,
                r -> rep.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        JsonNode first = mapper.readTree(records.get(0).value()).get("payload");
        JsonNode second = mapper.readTree(records.get(1).value()).get("payload");
        assertThat(first.get("scheduledCallId").asText()).isEqualTo(id);
        assertThat(first.get("startsAt").asText()).isEqualTo(startsAt.toString());
        assertThat(first.get("callType").asText()).isEqualTo(type);
        assertThat(first.get("source").asText()).isEqualTo("testcrm");
        assertThat(second.get("startsAt").asText()).isEqualTo(moved.toString());

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/scheduled-calls/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.rep("someone-else", "team-a")).when().get("/api/scheduled-calls/" + id).then().statusCode(404);
    }

    @Test
    void unknownTypePastCallsAndWrongRolesAreRefused() {
        String rep = CallFixtures.unique("rep");
        Instant future = Instant.now().plus(1, ChronoUnit.DAYS);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(body("no-such-type", rep, future, CallFixtures.unique("m")))
                .when().post("/api/scheduled-calls")
                .then().statusCode(422).body("errors[0].field", equalTo("callType"));
        String type = ScorecardFixtures.newCallType();
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(body(type, rep, Instant.now().minus(1, ChronoUnit.HOURS), CallFixtures.unique("m")))
                .when().post("/api/scheduled-calls")
                .then().statusCode(422).body("errors[0].field", equalTo("startsAt"));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(body(type, rep, future, CallFixtures.unique("m")))
                .when().post("/api/scheduled-calls")
                .then().statusCode(403);
        Map<String, Object> missing = body(type, rep, future, CallFixtures.unique("m"));
        missing.remove("startsAt");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(missing)
                .when().post("/api/scheduled-calls")
                .then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        assertThat(KafkaTestClient.awaitRecords(Topics.CALL_SCHEDULED, r -> rep.equals(r.key()), 0, Duration.ofSeconds(2)))
                .isEmpty();
    }
}
