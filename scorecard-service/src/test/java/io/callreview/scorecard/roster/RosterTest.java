package io.callreview.scorecard.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The roster decides a rep's team. Whatever can submit a call (an integration token, a webhook secret) names the
 * rep's team but cannot change it: a call naming another team is refused, and only an admin moves a rep.
 */
@QuarkusTest
class RosterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aRepsFirstCallEnrolsThemAndACallNamingAnotherTeamIsRefused() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        post(type, rep, "team-a", 202);

        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + rep)
                .then().statusCode(200)
                .body("teamId", equalTo("team-a"))
                .body("revision", equalTo(1))
                .body("enrolledBy", equalTo("call:testcrm/" + externalIdOfOnlyCall(rep)));
        JsonNode enrolled = rosterChanged(rep, 1);
        assertThat(enrolled.get("teamId").asText()).isEqualTo("team-a");

        post(type, rep, "team-b", 422).body("errors[0].field", equalTo("teamId"));
        given().auth().oauth2(TestTokens.admin()).queryParam("repId", rep).when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.mint("coach-b", "coach", "team-b")).when().get("/api/roster/reps/" + rep)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.mint("coach-a", "coach", "team-a")).when().get("/api/roster/teams/team-a")
                .then().statusCode(200).body("reps.repId", hasItem(rep));
    }

    @Test
    void aNewRepsCallNamingASlipOfAKnownTeamIsRefusedAndANewTeamIsFounded() {
        String type = CallFixtures.publishedDiscoveryType();
        String team = "west-" + Long.toString(System.nanoTime(), 36);
        post(type, CallFixtures.unique("rep"), team, 202);

        String slip = team.replace("west-", "wset-");
        String rep = CallFixtures.unique("rep");
        post(type, rep, slip, 422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("teamId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("did you mean '" + team + "'"));
        post(type, rep, team.toUpperCase(java.util.Locale.ROOT), 422).body("errors[0].field", equalTo("teamId"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + rep).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).queryParam("repId", rep).when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(0));

        String neighbour = team.replace("west-", "east-");
        post(type, rep, neighbour, 202);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + rep)
                .then().statusCode(200).body("teamId", equalTo(neighbour));
    }

    @Test
    void aNewRepIdThatIsASlipOfAKnownRepIsRefusedAndNothingIsStored() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = "rep-jane-" + Long.toString(System.nanoTime(), 36);
        post(type, rep, "team-a", 202);

        String slip = rep.replace("rep-jane-", "rep-jnae-");
        post(type, slip, "team-a", 422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("repId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("did you mean '" + rep + "'"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + slip).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).queryParam("repId", slip).when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(0));

        String colleague = rep.replace("rep-jane-", "rep-jake-");
        post(type, colleague, "team-a", 202);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + colleague)
                .then().statusCode(200).body("teamId", equalTo("team-a"));
    }

    @Test
    void onlyAnAdminMovesARepAndTheMoveIsAuditedAndAnnounced() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("teamId", "team-a", "displayName", "Rita Rep"))
                .when().put("/api/roster/reps/" + rep).then().statusCode(200).body("revision", equalTo(1));
        given().auth().oauth2(TestTokens.mint("coach-a", "coach", "team-a")).contentType(ContentType.JSON)
                .body(Map.of("teamId", "team-b")).when().put("/api/roster/reps/" + rep).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("teamId", "team-b")).when().put("/api/roster/reps/" + rep).then().statusCode(403);

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teamId", "team-b"))
                .when().put("/api/roster/reps/" + rep)
                .then().statusCode(200).body("teamId", equalTo("team-b")).body("revision", equalTo(2));
        JsonNode moved = rosterChanged(rep, 2);
        assertThat(moved.get("previousTeamId").asText()).isEqualTo("team-a");
        assertThat(moved.get("revision").asLong()).isEqualTo(2);

        post(type, rep, "team-a", 422);
        post(type, rep, "team-b", 202);
        given().auth().oauth2(TestTokens.admin()).queryParam("entity", "roster-rep").queryParam("entityId", rep)
                .when().get("/api/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("ROSTER_REP_ASSIGNED", "ROSTER_REP_ASSIGNED")))
                .body("items[0].details.before.teamId", equalTo("team-a"))
                .body("items[0].details.after.teamId", equalTo("team-b"));
    }

    @Test
    void coachesAreKeptOnTheRosterByAdmins() {
        String coach = CallFixtures.unique("coach");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("teams", List.of("team-b", "team-a")))
                .when().put("/api/roster/coaches/" + coach)
                .then().statusCode(200).body("teams", equalTo(List.of("team-a", "team-b")));
        given().auth().oauth2(TestTokens.mint(coach, "coach", "team-a")).when().get("/api/roster/coaches/" + coach)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.mint("another-coach", "coach", "team-a")).when().get("/api/roster/coaches/" + coach)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/teams/team-b")
                .then().statusCode(200).body("coaches", hasItem(coach));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teams", List.of()))
                .when().put("/api/roster/coaches/" + coach)
                .then().statusCode(400).body("errors[0].field", equalTo("teams"));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/roster/coaches/" + coach).then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/coaches/" + coach).then().statusCode(404);
    }

    @Test
    void anAdminListsEveryTeamWithItsRepsAndCoaches() {
        String withReps = CallFixtures.unique("team");
        String coachedOnly = CallFixtures.unique("team");
        String coach = CallFixtures.unique("coach");
        for (String rep : List.of(CallFixtures.unique("rep"), CallFixtures.unique("rep"))) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teamId", withReps))
                    .when().put("/api/roster/reps/" + rep).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teams", List.of(withReps, coachedOnly)))
                .when().put("/api/roster/coaches/" + coach).then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/teams").then().statusCode(200)
                .body("find { it.teamId == '" + withReps + "' }.reps", equalTo(2))
                .body("find { it.teamId == '" + withReps + "' }.coaches", equalTo(List.of(coach)))
                .body("find { it.teamId == '" + coachedOnly + "' }.reps", equalTo(0))
                .body("find { it.teamId == '" + coachedOnly + "' }.coaches", equalTo(List.of(coach)));
        given().auth().oauth2(TestTokens.mint("coach-a", "coach", "team-a")).when().get("/api/roster/teams").then().statusCode(403);
    }

    @Test
    void callsShowTheRepsNameFromTheRosterAndACallOfSomeoneElseSaysSo() {
        String type = CallFixtures.publishedDiscoveryType();
        String named = CallFixtures.unique("rep");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("teamId", "team-a", "displayName", "Nadia Novak"))
                .when().put("/api/roster/reps/" + named).then().statusCode(200);
        String callId = post(type, named, "team-a", 202).extract().path("id");
        String unnamed = CallFixtures.unique("rep");
        post(type, unnamed, "team-a", 202);

        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId)
                .then().statusCode(200).body("repId", equalTo(named)).body("repName", equalTo("Nadia Novak"))
                .body("statusReason", equalTo("the participant named as the rep ('Rita Rep') is not " + named + "'s name on"
                        + " the roster ('Nadia Novak'): check the call is filed under the right rep; an admin moves a call"
                        + " of the wrong rep to the right one"));
        given().auth().oauth2(TestTokens.mint("coach-a", "coach", "team-a")).queryParam("repId", named).when().get("/api/calls")
                .then().statusCode(200).body("items[0].repName", equalTo("Nadia Novak"));
        given().auth().oauth2(TestTokens.admin()).queryParam("repId", unnamed).when().get("/api/calls")
                .then().statusCode(200).body("items[0].repId", equalTo(unnamed)).body("items[0].repName", nullValue());
        String rita = CallFixtures.unique("rep");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("teamId", "team-a", "displayName", "Rita Reyes"))
                .when().put("/api/roster/reps/" + rita).then().statusCode(200);
        String ritasCall = post(type, rita, "team-a", 202).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + ritasCall)
                .then().statusCode(200).body("statusReason", nullValue());
    }

    private static io.restassured.response.ValidatableResponse post(String type, String rep, String team, int status) {
        return given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(CallFixtures.call(type, rep, team, CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())))
                .when().post("/api/calls").then().statusCode(status);
    }

    private static String externalIdOfOnlyCall(String rep) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("repId", rep).when().get("/api/calls")
                .then().statusCode(200).extract().path("items[0].externalId");
    }

    private JsonNode rosterChanged(String rep, long revision) throws Exception {
        var record = KafkaTestClient.awaitRecord(Topics.ROSTER_CHANGED, r -> rep.equals(r.key())
                && r.value().contains("\"revision\":" + revision), Duration.ofSeconds(30));
        return mapper.readTree(record.value()).get("payload");
    }
}
