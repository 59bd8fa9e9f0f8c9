package io.callreview.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubScorecardService;
import io.callreview.web.session.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorecard editor shows a draft's changes against the published version and sends one edited behaviour. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class ScorecardEditorTest {

    private static final String DRAFT = """
            {"callType": "discovery", "version": 2, "status": "DRAFT", "behaviours": [
              {"key": "process-steps", "question": "Old question?", "guidance": null, "category": "PROCESS", "weight": 1.0,
               "critical": false, "naAllowed": false,
               "detection": {"phrases": ["agenda"], "speaker": "REP", "window": {"fromPercent": 0, "toPercent": 30},
                             "question": false, "minCount": 1, "examples": ["Here is the agenda", "Let us set the plan", "First we will cover"],
                             "before": {"speaker": "REP", "phrases": [], "examples": ["Let me show you the product"],
                                        "counterExamples": ["I'll share my screen shortly"]}}}]}""";

    /** More than the 2 KB a form field may have by default: a real behaviour's examples. */
    private static final String THIRTY_LONG_EXAMPLES = String.join("\n", Collections.nCopies(30, "x".repeat(250)));

    @BeforeEach
    void answers() {
        StubScorecardService.ANSWERS.put("GET /api/call-types",
                "[{\"key\": \"discovery\", \"name\": \"Discovery call\", \"publishedScorecardVersion\": 1}]");
        StubScorecardService.ANSWERS.put("GET /api/call-types/discovery/scorecards/2", DRAFT);
        StubScorecardService.ANSWERS.put("GET /api/call-types/discovery/scorecards/diff?from=1&to=2", """
                {"added": [], "removed": [], "unchanged": [], "changed": [{"key": "process-steps", "changes": [
                  {"field": "question", "from": "Older question?", "to": "Old question?"},
                  {"field": "detection.phrases", "from": ["plan"], "to": ["agenda"]},
                  {"field": "guidance", "from": null, "to": "Listen for it"}]}]}""");
        StubScorecardService.ANSWERS.put("PUT /api/call-types/discovery/scorecards/2", DRAFT);
        StubScorecardService.RECEIVED.clear();
    }

    @Test
    void theDraftShowsEachChangedFieldAgainstThePublishedVersion() throws Exception {
        Response page = RestAssured.given().cookie(SessionCookie.NAME, adminToken()).get("/admin/call-types/discovery/scorecards/2");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("id=\"diff\"", "<del>Older question?</del> → <ins>Old question?</ins>",
                "<del>[&quot;plan&quot;]</del> → <ins>[&quot;agenda&quot;]</ins>", "<del></del> → <ins>Listen for it</ins>");
    }

    @Test
    void savingABehaviourSendsTheScorecardWithThatBehaviourEdited() throws Exception {
        Response editor = RestAssured.given().cookie(SessionCookie.NAME, adminToken()).get("/admin/call-types/discovery/scorecards/2");
        String csrf = editor.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        Response saved = RestAssured.given().redirects().follow(false).cookies(editor.cookies())
                .cookie(SessionCookie.NAME, adminToken()).formParam("csrf-token", csrf)
                .formParam("question", "New question?").formParam("guidance", "").formParam("weight", "2")
                .formParam("critical", "on").formParam("speaker", "ANY").formParam("minCount", "2")
                .formParam("phrases", "agenda\r\n\r\nplan for today").formParam("examples", THIRTY_LONG_EXAMPLES)
                .formParam("counterExamples", "").formParam("buildsOnProspect", "on").formParam("openQuestion", "on")
                .post("/admin/call-types/discovery/scorecards/2/behaviours/0");

        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/admin/call-types/discovery/scorecards/2#behaviour-0");
        String put = StubScorecardService.RECEIVED.stream().filter(r -> r.startsWith("PUT ")).findFirst().orElseThrow();
        JsonNode behaviour = new ObjectMapper().readTree(put.substring(put.indexOf('{'))).at("/behaviours/0");
        assertThat(behaviour.get("key").asText()).isEqualTo("process-steps");
        assertThat(behaviour.get("question").asText()).isEqualTo("New question?");
        assertThat(behaviour.get("weight").asDouble()).isEqualTo(2.0);
        assertThat(behaviour.get("critical").asBoolean()).isTrue();
        assertThat(behaviour.at("/detection/speaker").asText()).isEqualTo("ANY");
        assertThat(behaviour.at("/detection/minCount").asInt()).isEqualTo(2);
        assertThat(behaviour.at("/detection/phrases").toString()).isEqualTo("[\"agenda\",\"plan for today\"]");
        assertThat(behaviour.at("/detection/examples")).hasSize(30);
        assertThat(behaviour.at("/detection/buildsOnProspect").asBoolean()).isTrue();
        assertThat(behaviour.at("/detection/question").asBoolean()).as("an unticked box is sent as false").isFalse();
        assertThat(behaviour.at("/detection/openQuestion").asBoolean()).isTrue();
        assertThat(behaviour.at("/detection/window/toPercent").asInt()).as("what the form does not edit is kept").isEqualTo(30);
        assertThat(behaviour.at("/detection/before").isMissingNode()).as("a window-ending moment left all empty is none").isTrue();
    }

    @Test
    void theMomentABehavioursWindowEndsAtIsShownAndEdited() throws Exception {
        Response editor = RestAssured.given().cookie(SessionCookie.NAME, adminToken()).get("/admin/call-types/discovery/scorecards/2");
        String html = editor.body().asString();
        assertThat(html).contains("id=\"before-0\"", "Let me show you the product\n</textarea>",
                "I&#39;ll share my screen shortly\n</textarea>");
        String csrf = html.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        Response saved = RestAssured.given().redirects().follow(false).cookies(editor.cookies())
                .cookie(SessionCookie.NAME, adminToken()).formParam("csrf-token", csrf)
                .formParam("question", "Old question?").formParam("weight", "1").formParam("speaker", "REP")
                .formParam("minCount", "1").formParam("phrases", "agenda")
                .formParam("examples", "Here is the agenda\nLet us set the plan\nFirst we will cover")
                .formParam("beforeSpeaker", "ANY").formParam("beforePhrases", "")
                .formParam("beforeExamples", "Here's the dashboard\r\n\r\nThis is the main screen")
                .formParam("beforeCounterExamples", "Can everyone see my screen?")
                .post("/admin/call-types/discovery/scorecards/2/behaviours/0");

        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
        String put = StubScorecardService.RECEIVED.stream().filter(r -> r.startsWith("PUT ")).findFirst().orElseThrow();
        JsonNode before = new ObjectMapper().readTree(put.substring(put.indexOf('{'))).at("/behaviours/0/detection/before");
        assertThat(before.get("speaker").asText()).isEqualTo("ANY");
        assertThat(before.get("phrases")).isEmpty();
        assertThat(before.get("examples").toString()).isEqualTo("[\"Here's the dashboard\",\"This is the main screen\"]");
        assertThat(before.get("counterExamples").toString()).isEqualTo("[\"Can everyone see my screen?\"]");

        StubScorecardService.ANSWERS.put("GET /api/call-types/discovery/scorecards/1",
                DRAFT.replace("\"DRAFT\"", "\"PUBLISHED\"").replace("\"version\": 2", "\"version\": 1"));
        String published = RestAssured.given().cookie(SessionCookie.NAME, adminToken())
                .get("/admin/call-types/discovery/scorecards/1").body().asString();
        assertThat(published).doesNotContain("id=\"before-0\"")
                .contains("Counts only until a moment said by rep (1 examples)", "<li>Let me show you the product</li>");

        StubScorecardService.ANSWERS.put("GET /api/call-types/discovery/scorecards/2",
                DRAFT.replaceAll("(?s),\\s*\"before\": \\{.*?\\}(\\}\\}\\]\\})$", "$1"));
        String without = RestAssured.given().cookie(SessionCookie.NAME, adminToken())
                .get("/admin/call-types/discovery/scorecards/2").body().asString();
        assertThat(without).contains("id=\"before-0\"", "<select name=\"beforeSpeaker\"><option value=\"REP\" selected>",
                        "name=\"beforeExamples\" rows=\"4\"></textarea>")
                .doesNotContain("Let me show you the product");
    }

    @Test
    void aNewCallTypeStartsFromTheStarterScorecardTheAdminPicks() throws Exception {
        StubScorecardService.ANSWERS.put("GET /api/call-types", "[{\"key\": \"renewal\", \"name\": \"Renewal call\","
                + " \"description\": null, \"publishedScorecardVersion\": null}]");
        StubScorecardService.ANSWERS.put("GET /api/call-types/renewal/scorecards", "[]");
        StubScorecardService.ANSWERS.put("POST /api/call-types/renewal/scorecards/starter?template=renewal",
                "{\"callType\": \"renewal\", \"version\": 1, \"status\": \"DRAFT\", \"behaviours\": []}");
        Response page = RestAssured.given().cookie(SessionCookie.NAME, adminToken()).get("/admin/call-types/renewal");
        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("<option value=\"demo\">", "<option value=\"renewal\">");
        String csrf = page.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        Response created = RestAssured.given().redirects().follow(false).cookies(page.cookies())
                .cookie(SessionCookie.NAME, adminToken()).formParam("csrf-token", csrf).formParam("template", "renewal")
                .post("/admin/call-types/renewal/starter");

        assertThat(created.statusCode()).as(created.body().asString()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/admin/call-types/renewal/scorecards/1");
        assertThat(StubScorecardService.RECEIVED).anyMatch(r -> r.startsWith("POST /api/call-types/renewal/scorecards/starter?template=renewal"));
    }

    @Test
    void retiringThePublishedVersionAsksTheAdminToConfirmThatNewCallsAreRefused() throws Exception {
        StubScorecardService.ANSWERS.put("GET /api/call-types/discovery/scorecards", "[{\"callType\": \"discovery\", \"version\": 1,"
                + " \"status\": \"PUBLISHED\", \"behaviourCount\": 5, \"createdAt\": \"2026-12-01T10:00:00Z\","
                + " \"publishedAt\": \"2026-12-01T11:00:00Z\", \"retiredAt\": null}]");
        StubScorecardService.ANSWERS.put("POST /api/call-types/discovery/scorecards/1/retire?refuseNewCalls=true",
                DRAFT.replace("\"DRAFT\"", "\"RETIRED\"").replace("\"version\": 2", "\"version\": 1"));
        Response page = RestAssured.given().cookie(SessionCookie.NAME, adminToken()).get("/admin/call-types/discovery");
        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("<input type=\"checkbox\" name=\"refuseNewCalls\" value=\"true\" required>",
                "new calls of this type are refused until another version is published");
        String csrf = page.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        Response retired = RestAssured.given().redirects().follow(false).cookies(page.cookies())
                .cookie(SessionCookie.NAME, adminToken()).formParam("csrf-token", csrf).formParam("refuseNewCalls", "true")
                .post("/admin/call-types/discovery/scorecards/1/retire");

        assertThat(retired.statusCode()).as(retired.body().asString()).isEqualTo(303);
        assertThat(StubScorecardService.RECEIVED).anyMatch(r -> r.startsWith("POST /api/call-types/discovery/scorecards/1/retire?refuseNewCalls=true"));
    }

    private static String adminToken() throws Exception {
        return new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint("admin-1", "admin", List.of(), Duration.ofHours(1));
    }
}
