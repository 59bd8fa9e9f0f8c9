package io.callreview.scorecard.call;

import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A voicemail or a dropped call is set aside ungraded, so that it never counts against the rep, unless an admin asks. */
@QuarkusTest
@TestProfile(NoConversationTest.RealLimits.class)
class NoConversationTest {

    /** The limits a deployment has by default; the other tests' calls of a few lines are graded without them. */
    public static class RealLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("callreview.grading.minimum-words", "50", "callreview.grading.minimum-reply-words", "15");
        }
    }

    @Test
    void aVoicemailIsSetAsideWithTheReasonAndNothingIsScoredOrPublished() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String team = CallFixtures.unique("team");
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, rep, team, CallFixtures.segmentsTranscript(
                List.of(CallFixtures.segment("Paul Prospect", 0, 6_000, "You've reached Paul, please leave a message after"
                                + " the tone."),
                        CallFixtures.segment("Rita Rep", 8_000, 30_000, "Hi Paul, it's Rita from Northwind about the demo"
                                + " you asked for. I'd love to find half an hour this week. Call me back on five five five,"
                                + " zero one nine nine. Thanks!")))));

        JsonPath call = CallFixtures.awaitGraded(callId);
        assertThat(call.getString("status")).isEqualTo("NO_CONVERSATION");
        assertThat(call.getString("statusReason")).startsWith("one-sided: nobody answered the rep (0 words");
        assertThat(call.getMap("score")).isNull();
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score")
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-graded-yet"));
        assertThat(callScoredEvents(rep)).isZero();
        given().auth().oauth2(TestTokens.coach("coach-1", team)).queryParam("teamId", team).queryParam("limit", 100)
                .when().get("/api/review-queue").then().statusCode(200).body("callId", not(hasItem(callId)));
    }

    @Test
    void aDroppedCallIsSetAsideAndAnAdminMayHaveItGradedAllTheSame() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(
                List.of(CallFixtures.segment("Paul Prospect", 0, 2_000, "Hello?"),
                        CallFixtures.segment("Rita Rep", 2_500, 6_000, "Hi Paul, it's Rita, can you hear me?"),
                        CallFixtures.segment("Paul Prospect", 7_000, 9_000, "You're breaking up, sorry.")))));
        assertThat(CallFixtures.awaitGraded(callId).getString("statusReason")).startsWith("one-sided: nobody answered the rep (4 words");

        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/grading")
                .then().statusCode(202).body("status", equalTo("GRADING"));
        JsonPath graded = CallFixtures.awaitGraded(callId);

        assertThat(graded.getString("status")).isEqualTo("AUTO_SCORED");
        assertThat(graded.getString("statusReason")).isNull();
        assertThat(graded.getList("score.behaviours")).isNotEmpty();
        assertThat(callScoredEvents(rep)).isEqualTo(1);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/grading")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aShortButRealConversationIsGraded() {
        String type = CallFixtures.publishedDiscoveryType();
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, CallFixtures.unique("rep"), "team-a",
                CallFixtures.segmentsTranscript(List.of(
                        CallFixtures.segment("Rita Rep", 0, 8_000, "Hi Paul, thanks for picking up. Who else will weigh in"
                                + " on the decision?"),
                        CallFixtures.segment("Paul Prospect", 9_000, 16_000, "Our finance director signs off, and the team"
                                + " leads will want to see it first."),
                        CallFixtures.segment("Rita Rep", 17_000, 22_000, "Great, let's book a demo with them on Thursday."
                                + " Would two in the afternoon work for everyone?"),
                        CallFixtures.segment("Paul Prospect", 23_000, 28_000, "Two works. Send the invite to me and I'll"
                                + " forward it to them.")))));

        assertThat(CallFixtures.awaitGraded(callId).getString("status")).isEqualTo("AUTO_SCORED");
    }

    private static long callScoredEvents(String rep) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventKey = ?1 AND eventType = 'CallScored'", rep));
    }
}
