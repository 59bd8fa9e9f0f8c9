package io.callreview.web;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.session.SessionCookie;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/** Requests of a page test as a signed-in user of team-east, and form posts carrying the page's CSRF token. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestSpecification as(String user, String role) {
        try {
            String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                    .mint(user, role, List.of("team-east"), Duration.ofHours(1));
            return RestAssured.given().cookie(SessionCookie.NAME, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post from the form of {@code page} (its CSRF token and cookie), not following the redirect. */
    public static RequestSpecification posting(Response page, String user, String role) {
        String csrf = page.body().asString().replaceAll("(?s).*?name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return as(user, role).redirects().follow(false).cookies(page.cookies()).formParam("csrf-token", csrf);
    }

    /** The 403 problem of a service for anyone but a coach or admin. */
    public static final String FORBIDDEN = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Coaches only\"}";
}
