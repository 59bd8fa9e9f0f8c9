package io.callreview.web.admin;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.session.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed deliveries for admins: listed as notification-service has them, retried one at a time, refusals shown. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
class FailedDeliveriesPageTest {

    private static final String FAILED = "/api/deliveries/failed?page=0&size=20";

    /** Shaped as notification-service's DeliveryPage of DeliveryViews: one failed for good, one in doubt. */
    private static final String PAGE = """
            {"items": [
              {"id": 7, "nudgeId": "nudge-7f3c", "repId": "rep-rita", "teamId": "team-east", "channel": "CHAT",
               "status": "FAILED", "reason": "PERMANENT_ERROR", "dueAt": null, "attempts": 1, "destination": "hooks.slack.com",
               "digestId": null, "lastError": "webhook answered 404", "errorDetail": "webhook answered 404: no_service",
               "createdAt": "2026-12-01T09:00:00Z", "updatedAt": "2026-12-01T09:00:05Z", "sentAt": null, "attemptLog": []},
              {"id": 8, "nudgeId": "nudge-9a1b", "repId": "rep-sam", "teamId": "team-east", "channel": "EMAIL",
               "status": "FAILED", "reason": "IN_DOUBT", "dueAt": null, "attempts": 2, "destination": "sam@example.com",
               "digestId": null, "lastError": "sender stopped mid-send", "errorDetail": "lease expired while SENDING",
               "createdAt": "2026-12-01T10:00:00Z", "updatedAt": "2026-12-01T10:02:00Z", "sentAt": null, "attemptLog": []}
             ], "page": 0, "size": 20, "total": 2}""";

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        StubRepServices.answer("GET " + FAILED, PAGE);
        StubRepServices.answer("POST /api/deliveries/7/retry", "[{\"id\": 7, \"status\": \"PENDING\", \"reason\": \"ADMIN_RETRY\"}]");
    }

    @Test
    void theListShowsEachDeliveryWithItsErrorAndWarnsWhereOneMayHaveArrived() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/deliveries");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("id=\"delivery-7\"", "rep-rita", "nudge-7f3c", "chat", "webhook answered 404: no_service",
                "failed: permanent error", "id=\"delivery-8\"", "rep-sam", "lease expired while SENDING", "failed: in doubt",
                "id=\"in-doubt-8\"", "may already have reached the rep", "action=\"/admin/deliveries/8/retry\"",
                "created 2026-12-01 10:00 UTC");
        assertThat(html).doesNotContain("id=\"in-doubt-7\"");
        assertThat(html.indexOf("may already have reached the rep")).as("the warning in the in-doubt row")
                .isGreaterThan(html.indexOf("id=\"delivery-8\""));
    }

    @Test
    void retryPostsForThatDeliveryAndComesBackWithANotice() throws IOException {
        Response list = as("admin-1", "admin").get("/admin/deliveries");

        Response retried = withCsrf(list).formParam("page", "0").post("/admin/deliveries/7/retry");

        assertThat(retried.statusCode()).as(retried.body().asString()).isEqualTo(303);
        assertThat(retried.header("Location")).endsWith("/admin/deliveries?page=0&retried=7&queued=1");
        assertThat(StubRepServices.RECEIVED).anyMatch(r -> r.startsWith("POST /api/deliveries/7/retry "))
                .noneMatch(r -> r.startsWith("POST /api/deliveries/8/retry "));
        assertThat(as("admin-1", "admin").get("/admin/deliveries?page=0&retried=7&queued=1").body().asString())
                .contains("id=\"retried\"", "Delivery 7 queued again");
    }

    @Test
    void aRetryTheServiceRefusesShowsItsDetail() throws IOException {
        StubRepServices.answer("POST /api/deliveries/7/retry", 409, """
                {"type": "https://callreview.io/problems/conflict", "title": "Conflict", "status": 409,
                 "detail": "delivery 7 is PENDING; only FAILED deliveries can be retried",
                 "errors": [{"field": "status", "message": "delivery 7 is PENDING; only FAILED deliveries can be retried"}]}""");
        Response list = as("admin-1", "admin").get("/admin/deliveries");

        Response refused = withCsrf(list).formParam("page", "0").post("/admin/deliveries/7/retry");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("id=\"refused\"",
                "delivery 7 is PENDING; only FAILED deliveries can be retried", "id=\"delivery-8\"")
                .doesNotContain("id=\"retried\"");
    }

    @Test
    void aRetryWithoutTheCsrfTokenIsRefusedAndSendsNothing() throws IOException {
        Response list = as("admin-1", "admin").get("/admin/deliveries");

        Response forged = as("admin-1", "admin").redirects().follow(false).cookies(list.cookies())
                .formParam("page", "0").post("/admin/deliveries/7/retry");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StubRepServices.RECEIVED).noneMatch(r -> r.startsWith("POST /api/deliveries/7/retry "));
    }

    @Test
    void theNavigationLinksThePageForAnAdminOnlyAndARepGetsTheServicesRefusal() throws IOException {
        String admin = as("admin-1", "admin").get("/admin/deliveries").body().asString();
        StubRepServices.answer("GET " + FAILED, 403,
                "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Admins only\"}");

        Response rep = as("rep-rita", "rep").get("/admin/deliveries");

        assertThat(admin).contains("<a href=\"/admin/deliveries\">Failed deliveries</a>");
        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden", "Admins only", "<a href=\"/settings\">Settings</a>")
                .doesNotContain("/admin/deliveries\"");
    }

    private static RequestSpecification as(String user, String role) throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint(user, role, List.of("team-east"), Duration.ofHours(1));
        return RestAssured.given().cookie(SessionCookie.NAME, token);
    }

    private static RequestSpecification withCsrf(Response page) throws IOException {
        String csrf = page.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return as("admin-1", "admin").redirects().follow(false).cookies(page.cookies()).formParam("csrf-token", csrf);
    }
}
