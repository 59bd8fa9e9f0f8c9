package io.callreview.web.session;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, the session cookie, CSRF on forms and the security headers, without any service behind the app. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
class SessionRulesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInAndBackToTheLinkTheyFollowed() {
        Response response = RestAssured.given().redirects().follow(false)
                .get("/inbox/n-1?respond=SELF_ASSESSMENT&answer=YES");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location"))
                .endsWith("/sign-in?next=%2Finbox%2Fn-1%3Frespond%3DSELF_ASSESSMENT%26answer%3DYES");
    }

    @Test
    void theSignInPageListsTheDemoUsersWithACsrfTokenInEveryFormAndAStrictPolicy() {
        Response page = RestAssured.get("/sign-in?next=/inbox");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().asString()).contains("rep-rita", "coach-ana", "admin-1");
        int forms = page.body().asString().split("<form").length - 1;
        assertThat(forms).isPositive();
        assertThat(CSRF_FIELD.matcher(page.body().asString()).results().count()).as("a CSRF token in every form").isEqualTo(forms);
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void signingInSetsASecureHttpOnlySameSiteSessionCookieAndGoesWhereTheUserWasGoing() {
        Response page = RestAssured.get("/sign-in");
        Response signedIn = RestAssured.given().redirects().follow(false).cookies(page.cookies())
                .formParam("csrf-token", csrfToken(page)).formParam("role", "rep").formParam("userId", "rep-rita")
                .formParam("teams", "team-east").formParam("next", "/inbox/n-1?respond=ACKNOWLEDGED")
                .post("/sign-in");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/inbox/n-1?respond=ACKNOWLEDGED");
        String cookie = sessionSetCookie(signedIn);
        assertThat(cookie).contains("HttpOnly", "Secure", "SameSite=Lax", "Path=/", "Max-Age=43200");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() {
        Response page = RestAssured.get("/sign-in");
        Response forged = RestAssured.given().redirects().follow(false).cookies(page.cookies())
                .formParam("role", "admin").formParam("userId", "admin-1").formParam("next", "/")
                .post("/sign-in");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith(SessionCookie.NAME + "="));
    }

    @Test
    void aCsrfTokenFromAnotherSessionIsRefused() {
        Response mine = RestAssured.get("/sign-in");
        Response theirs = RestAssured.get("/sign-in");
        Response forged = RestAssured.given().redirects().follow(false).cookies(mine.cookies())
                .formParam("csrf-token", csrfToken(theirs)).formParam("role", "rep").formParam("userId", "rep-rita")
                .post("/sign-in");

        assertThat(forged.statusCode()).isEqualTo(400);
    }

    @Test
    void afterSignInOnlyPathsOfThisAppAreFollowedNeverAnotherSite() {
        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            Response page = RestAssured.get("/sign-in");
            Response signedIn = RestAssured.given().redirects().follow(false).cookies(page.cookies())
                    .formParam("csrf-token", csrfToken(page)).formParam("role", "rep").formParam("userId", "rep-rita")
                    .formParam("next", next).post("/sign-in");
            assertThat(signedIn.header("Location")).as(next).matches("https?://[^/]+/");
        }
    }

    @Test
    void aSessionCookieSignedWithAnotherKeyIsNoSession() {
        String stranger = new TokenMinter(SigningKeys.generate().getPrivate(), TokenMinter.DEFAULT_ISSUER)
                .mint("admin-1", "admin", List.of(), Duration.ofHours(1));

        Response response = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, stranger)
                .get("/admin/call-types");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).contains("/sign-in?next=");
    }

    @Test
    void aSessionCookieOfTheLocalKeyIsTheSignedInUser() throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint("coach-ana", "coach", List.of("team-east"), Duration.ofHours(1));

        Response response = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, token).get("/");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/review-queue");
    }

    @Test
    void signingOutClearsTheSessionCookie() throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint("rep-rita", "rep", List.of("team-east"), Duration.ofHours(1));
        Response page = RestAssured.get("/sign-in");

        Response out = RestAssured.given().redirects().follow(false).cookies(page.cookies()).cookie(SessionCookie.NAME, token)
                .formParam("csrf-token", csrfToken(page)).post("/sign-out");

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(sessionSetCookie(out)).contains("Max-Age=0");
    }

    @Test
    void scriptsAndStylesAreServedFromThisAppNotACdn() {
        assertThat(RestAssured.get("/static/app.js").statusCode()).isEqualTo(200);
        assertThat(RestAssured.get("/static/app.css").statusCode()).isEqualTo(200);
        String page = RestAssured.get("/sign-in").body().asString();
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        while (sources.find()) {
            String url = sources.group(1);
            assertThat(url).as("no resource from another site").doesNotContain("//");
            if (url.startsWith("/webjars/") || url.startsWith("/static/")) {
                assertThat(RestAssured.get(url).statusCode()).as(url).isEqualTo(200);
            }
        }
    }

    private static String csrfToken(Response page) {
        Matcher matcher = CSRF_FIELD.matcher(page.body().asString());
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }

    private static String sessionSetCookie(Response response) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookie.NAME + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
