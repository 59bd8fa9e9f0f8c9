package io.callreview.web.signin;

import io.callreview.web.StubRepServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: the OIDC authorization-code flow against the customer's provider (a stand-in speaking the
 * protocol), the session in an HttpOnly, SameSite cookie, the user's roles and teams from the provider's token, that
 * token sent on to the services, and no local sign-in.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.Oidc.class)
@QuarkusTestResource(value = StandInOidcProvider.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
class OidcSignInTest {

    public static class Oidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "callreview.web.local-sign-in.enabled", "false");
        }
    }

    private static final String PREFERENCES = "/api/reps/rep-rita/preferences";

    @TestHTTPResource("/")
    URL web;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void services() {
        StubRepServices.reset();
        StubRepServices.answer("GET " + PREFERENCES, """
                {"repId": "rep-rita", "channels": {"inbox": true, "email": false, "chat": false},
                 "emailAddress": null, "chatWebhookUrl": null, "timeZone": "Europe/Berlin",
                 "workStart": "09:00:00", "workEnd": "17:00:00", "workDays": ["MONDAY"], "quietHours": null,
                 "dailyCap": 3, "digest": {"enabled": false, "hour": 9}, "customized": false, "updatedAt": null}""");
    }

    @Test
    void aRepSignsInAtTheProviderAndTheServicesGetTheProvidersToken() throws Exception {
        StandInOidcProvider.signInNext(new StandInOidcProvider.User("rep-rita", List.of("rep"), List.of("team-east"),
                StandInOidcProvider.CLIENT_ID));

        HttpResponse<String> start = get(web.toURI().resolve("/settings"));
        assertThat(start.statusCode()).isBetween(300, 399);
        HttpResponse<String> toProvider = follow(start, 3);
        URI authorize = location(toProvider);
        assertThat(authorize.getPath()).isEqualTo("/realms/acme/authorize");
        assertThat(authorize.getRawQuery()).contains("response_type=code", "client_id=callreview-web", "state=");

        HttpResponse<String> back = get(authorize);
        URI callback = location(back);
        assertThat(callback.getRawQuery()).contains("code=", "state=");
        HttpResponse<String> signedIn = get(callback);

        assertThat(signedIn.statusCode()).as(signedIn.body()).isBetween(300, 399);
        String session = signedIn.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("q_session")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        assertThat(location(get(web.toURI().resolve("/")))).hasPath("/inbox");
        HttpResponse<String> settings = get(web.toURI().resolve("/settings"));
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
        assertThat(settings.body()).contains("name=\"timeZone\" value=\"Europe/Berlin\"");
        assertThat(StubRepServices.AUTHORIZATIONS).isNotEmpty()
                .allMatch(header -> header.equals("Bearer " + StandInOidcProvider.lastAccessToken()));
    }

    @Test
    void anIdTokenIssuedToAnotherApplicationSignsNobodyIn() throws Exception {
        StandInOidcProvider.signInNext(new StandInOidcProvider.User("admin-eve", List.of("admin"), List.of(),
                "another-app"));

        URI authorize = location(follow(get(web.toURI().resolve("/login")), 3));
        HttpResponse<String> refused = get(location(get(authorize)));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName).doesNotContain("q_session");
    }

    @Test
    void theLocalSignInIsOff() throws Exception {
        HttpResponse<String> page = get(web.toURI().resolve("/sign-in?next=/inbox"));
        assertThat(location(page)).hasPath("/login");
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(web.toURI().resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("role=admin&userId=admin-1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(post.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("callreview_session"));
    }

    /** Follows redirects inside the web app until one leaves it (for the provider) or the hops run out. */
    private HttpResponse<String> follow(HttpResponse<String> response, int hops) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int i = 0; i < hops && current.statusCode() / 100 == 3; i++) {
            URI next = location(current);
            if (next.getPort() != web.getPort()) {
                return current;
            }
            current = get(next);
        }
        return current;
    }

    private URI location(HttpResponse<String> response) {
        String location = response.headers().firstValue("location").orElseThrow(
                () -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
        return response.uri().resolve(location);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
