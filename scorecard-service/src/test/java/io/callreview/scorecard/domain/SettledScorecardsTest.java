package io.callreview.scorecard.domain;

import io.callreview.scorecard.fixtures.ScorecardFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The versions that calls and scores refer to are read once per process and say what was published; a draft, which
 * may still change, is never kept, so once published it is read as published.
 */
@QuarkusTest
class SettledScorecardsTest {

    @Inject
    SettledScorecards scorecards;

    @Test
    void aPublishedVersionIsReadOnceAndSaysWhatWasPublished() {
        String type = ScorecardFixtures.newCallType();
        draft(type, List.of("agenda", "budget", "next-steps"));
        publish(type);

        SettledScorecards.Settled first = QuarkusTransaction.requiringNew().call(() -> scorecards.of(version(type)));
        assertThat(first.callTypeKey()).isEqualTo(type);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.behaviours()).extracting(Behaviour::key).containsExactly("agenda", "budget", "next-steps");
        assertThat(first.byKey()).containsOnlyKeys("agenda", "budget", "next-steps");
        assertThat(first.behaviours()).isEqualTo(QuarkusTransaction.requiringNew().call(() -> version(type).behaviourValues()));

        SettledScorecards.Settled again = QuarkusTransaction.requiringNew().call(() -> scorecards.of(version(type)));
        assertThat(again).as("kept from the first read, not read again").isSameAs(first);
    }

    @Test
    void aDraftIsRefusedAndNotKeptSoItsPublishedBehavioursAreRead() {
        String type = ScorecardFixtures.newCallType();
        draft(type, List.of("agenda"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> scorecards.of(version(type))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("draft");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(ScorecardFixtures.scorecardOf(List.of("agenda", "pricing")))
                .put("/api/call-types/" + type + "/scorecards/1").then().statusCode(200);
        publish(type);

        SettledScorecards.Settled published = QuarkusTransaction.requiringNew().call(() -> scorecards.of(version(type)));
        assertThat(published.behaviours()).extracting(Behaviour::key).containsExactly("agenda", "pricing");
    }

    private static ScorecardVersion version(String type) {
        return ScorecardVersion.findVersion(CallType.findByKey(type).orElseThrow(), 1).orElseThrow();
    }

    private static void draft(String type, List<String> behaviourKeys) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(ScorecardFixtures.scorecardOf(behaviourKeys))
                .post("/api/call-types/" + type + "/scorecards").then().statusCode(201);
    }

    private static void publish(String type) {
        given().auth().oauth2(TestTokens.admin())
                .post("/api/call-types/" + type + "/scorecards/1/publish").then().statusCode(200);
    }
}
