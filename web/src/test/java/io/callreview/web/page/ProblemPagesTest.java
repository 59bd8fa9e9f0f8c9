package io.callreview.web.page;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.session.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a signed-in user sees when a service does not answer: a page that says so, never a stack trace. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
class ProblemPagesTest {

    @Test
    void aServiceThatDoesNotAnswerIsA503PageWithoutAStackTrace() throws IOException {
        Response page = RestAssured.given().cookie(SessionCookie.NAME, token("rep-rita", "rep")).get("/inbox");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().asString()).contains("503 · Service unavailable").doesNotContain("Exception", "at io.");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
    }

    /** The coach's "Review" buttons post to /reviews: the form reaches its resource, which then asks the service. */
    @Test
    void startingAReviewReachesTheServiceInsteadOfA404() throws IOException {
        Response signIn = RestAssured.get("/sign-in");
        String csrf = signIn.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        Response started = RestAssured.given().redirects().follow(false).cookies(signIn.cookies())
                .cookie(SessionCookie.NAME, token("coach-ana", "coach")).formParam("csrf-token", csrf).formParam("callId", "c-1")
                .post("/reviews");

        assertThat(started.statusCode()).as(started.body().asString()).isEqualTo(503);
    }

    private static String token(String userId, String role) throws IOException {
        return new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint(userId, role, List.of("team-east"), Duration.ofHours(1));
    }
}
