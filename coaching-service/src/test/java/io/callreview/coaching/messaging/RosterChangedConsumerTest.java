package io.callreview.coaching.messaging;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RosterChanged;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's team comes from the roster, never from a call: a call naming another team does not move the rep (nor their
 * history) to that team's coaches; RosterChanged does, and only its newest revision counts.
 */
@QuarkusTest
class RosterChangedConsumerTest {

    @Inject
    EventCodec codec;

    @Inject
    RosterUpdating updating;

    Scenario teamA;
    Scenario teamB;

    @BeforeEach
    void setUp() {
        teamA = new Scenario(codec);
        teamB = new Scenario(codec);
    }

    @Test
    void aCallNamingAnotherTeamDoesNotMoveTheRep() {
        String rep = teamA.newRep();
        teamA.send(teamA.call(rep, Instant.now().minusSeconds(7200)).met("open-agenda"));
        awaitProfile(rep, p -> p.getLong("scoredCalls") == 1);
        teamB.send(teamB.call(rep, Instant.now().minusSeconds(3600)).met("open-agenda"));

        assertThat(awaitProfile(rep, p -> p.getLong("scoredCalls") == 2).getString("teamId")).isEqualTo(teamA.teamId());
        profileAsCoachOf(teamA.teamId(), rep, 200);
        profileAsCoachOf(teamB.teamId(), rep, 404);
    }

    @Test
    void theRosterMovesTheRepAndAStaleChangeIsIgnored() {
        String rep = teamA.newRep();
        teamA.send(teamA.call(rep, Instant.now().minusSeconds(7200)).met("open-agenda"));
        awaitProfile(rep, p -> p.getLong("scoredCalls") == 1);

        EventEnvelope<RosterChanged> move = teamB.send(EventContract.ROSTER_CHANGED,
                new RosterChanged(rep, teamB.teamId(), teamA.teamId(), 2, Instant.now()));
        awaitProfile(rep, p -> teamB.teamId().equals(p.getString("teamId")));
        profileAsCoachOf(teamB.teamId(), rep, 200);
        profileAsCoachOf(teamA.teamId(), rep, 404);
        assertThat(given().auth().oauth2(TestTokens.mint("coach-b", "coach", teamB.teamId()))
                .get("/api/teams/" + teamB.teamId() + "/profile").then().statusCode(200).extract().jsonPath()
                .getList("reps.repId")).contains(rep);

        assertThat(updating.apply(EventEnvelope.wrap(EventContract.ROSTER_CHANGED,
                new RosterChanged(rep, teamA.teamId(), null, 1, Instant.now()), Instant.now())))
                .isEqualTo(RosterUpdating.Outcome.STALE);
        assertThat(updating.apply(move)).isEqualTo(RosterUpdating.Outcome.DUPLICATE);
        profileAsCoachOf(teamB.teamId(), rep, 200);
    }

    private static void profileAsCoachOf(String team, String rep, int status) {
        given().auth().oauth2(TestTokens.mint("coach-" + team, "coach", team))
                .get("/api/reps/" + rep + "/profile").then().statusCode(status);
    }
}
