package io.callreview.scorecard.security;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Only tokens issued for this suite are accepted, and the user is the token's subject. With a shared OIDC provider a
 * token issued to another application, even one whose groups say admin, must not open anything here.
 */
@QuarkusTest
class BearerTokenTest {

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        String otherApp = TestTokens.mint("admin-1", "admin", claims -> claims.setAudience("another-app"));
        given().auth().oauth2(otherApp).when().get("/api/call-types").then().statusCode(401);
        given().auth().oauth2(otherApp).when().get("/api/audit").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAudienceOrSubjectIsRefused() {
        given().auth().oauth2(TestTokens.mint("admin-1", "admin", claims -> claims.unsetClaim("aud")))
                .when().get("/api/call-types").then().statusCode(401);
        given().auth().oauth2(TestTokens.mint("admin-1", "admin", claims -> claims.unsetClaim("sub")))
                .when().get("/api/call-types").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/call-types").then().statusCode(200);
    }

    @Test
    void theUserIsTheSubjectNotAnotherNameInTheToken() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String victim = CallFixtures.unique("rep");
        String own = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        String theirs = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, victim, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        String token = TestTokens.mint(rep, "rep", claims -> {
            claims.setClaim("upn", victim);
            claims.setClaim("preferred_username", victim);
            claims.setStringListClaim("teams", List.of("team-a"));
        });

        given().auth().oauth2(token).when().get("/api/calls/" + own).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/calls/" + theirs).then().statusCode(404);
    }
}
