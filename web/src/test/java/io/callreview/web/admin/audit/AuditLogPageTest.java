package io.callreview.web.admin.audit;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.StubScorecardService;
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

/**
 * The audit log of the chosen service (scorecard-service's stub, or coaching-service's): who, what, when, before and
 * after, paged and filtered as the service filters, and the service's verification of its hash chain.
 */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
class AuditLogPageTest {

    /** Shaped as the platform's AuditEntryView.Page: a verdict overridden, and a refused request. */
    private static final String SCORECARD_PAGE = """
            {"items": [
              {"id": 1042, "occurredAt": "2026-12-01T09:15:04Z", "actorId": "coach-7", "actorRoles": ["coach"],
               "action": "VERDICT_OVERRIDDEN", "entityType": "review", "entityId": "0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10",
               "callId": "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11",
               "details": {"behaviourKey": "next-steps", "before": "MET", "after": "MISSED", "reason": "Nothing was agreed.", "revision": 2}},
              {"id": 1041, "occurredAt": "2026-12-01T09:10:00Z", "actorId": "rep-42", "actorRoles": ["rep"],
               "action": "ACCESS_DENIED", "entityType": "request", "entityId": "GET /api/audit", "callId": null,
               "details": {"status": 403, "method": "GET", "path": "/api/audit", "reason": "the caller's roles do not allow this operation"}}
             ], "page": 0, "size": 50, "total": 2}""";

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubRepServices.reset();
        StubScorecardService.answer("GET /api/audit?page=0&size=50", SCORECARD_PAGE);
        StubScorecardService.answer("GET /api/audit/verification", "{\"intact\": true, \"verified\": 1042, \"brokenAt\": null, \"problem\": null}");
    }

    @Test
    void theScorecardLogShowsWhoWhatWhenBeforeAndAfterAndAnIntactChain() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/audit?verify=true");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("scorecard-service · 2 entries", "id=\"verification\" data-intact=\"true\"",
                "all 1042 entries verified", "id=\"entry-1042\"", "2026-12-01 09:15 UTC", "coach-7", "<strong>VERDICT_OVERRIDDEN</strong>",
                "review <code>0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10</code>", "href=\"/calls/5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\"",
                "<del>MET</del>", "<ins>MISSED</ins>", "<dt>reason</dt><dd>Nothing was agreed.</dd>", "<dt>revision</dt><dd>2</dd>",
                "id=\"entry-1041\"", "ACCESS_DENIED", "<dt>status</dt><dd>403</dd>", "<option value=\"scorecard\" selected>",
                "<label for=\"entity\">", "<a href=\"/admin/audit\">Audit log</a>");
        assertThat(html.substring(html.indexOf("id=\"entry-1041\""))).doesNotContain("<del>", "<ins>");
        assertThat(StubRepServices.RECEIVED).isEmpty();
    }

    @Test
    void anotherServiceIsAskedWithTheFiltersAndABrokenChainIsSaid() throws IOException {
        String query = "/api/audit?entity=plan&actor=coach-7&action=PLAN_UPDATED&page=1&size=50";
        StubRepServices.answer("GET " + query, """
                {"items": [{"id": 60, "occurredAt": "2026-12-02T08:00:00Z", "actorId": "coach-7", "actorRoles": ["coach"],
                  "action": "PLAN_UPDATED", "entityType": "plan", "entityId": "plan-9", "callId": null,
                  "details": {"before": {"status": "ACTIVE"}, "after": {"status": "DONE"}}}],
                 "page": 1, "size": 50, "total": 51}""");
        StubRepServices.answer("GET /api/audit/verification", """
                {"intact": false, "verified": 41, "brokenAt": 42, "problem": "entry 42: its fields no longer match its hash"}""");

        Response page = as("admin-1", "admin").get("/admin/audit?service=coaching&entity=plan&actor=coach-7&action=PLAN_UPDATED&page=1&verify=true");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(StubRepServices.RECEIVED).anyMatch(r -> r.startsWith("GET " + query + " "));
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith("GET /api/audit"));
        assertThat(page.body().asString()).contains("coaching-service · 51 entries", "data-intact=\"false\"",
                "Chain broken at entry 42:", "its fields no longer match its hash", "41 entries before it verified",
                "<del>{&quot;status&quot;:&quot;ACTIVE&quot;}</del>", "<ins>{&quot;status&quot;:&quot;DONE&quot;}</ins>",
                "value=\"plan\"", "value=\"coach-7\"", "<option value=\"coaching\" selected>", "Page 2 of 2",
                "href=\"/admin/audit?service=coaching&amp;entity=plan&amp;actor=coach-7&amp;action=PLAN_UPDATED&amp;page=0\"");
    }

    @Test
    void theChainIsVerifiedOnlyWhenTheAdminAsks() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/audit");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("id=\"entry-1042\"", "Verify the hash chain",
                "<input type=\"hidden\" name=\"verify\" value=\"true\">").doesNotContain("data-intact");
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith("GET /api/audit/verification"));
    }

    @Test
    void aRepGetsTheServicesRefusalAndNoLink() throws IOException {
        StubScorecardService.answer("GET /api/audit?page=0&size=50", 403,
                "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"your role does not allow this operation\"}");

        Response rep = as("rep-rita", "rep").get("/admin/audit");

        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden").doesNotContain("/admin/audit\"", "VERDICT_OVERRIDDEN");
    }

    private static RequestSpecification as(String user, String role) throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint(user, role, List.of("team-east"), Duration.ofHours(1));
        return RestAssured.given().cookie(SessionCookie.NAME, token);
    }
}
