package io.callreview.scorecard.scorecard;

import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.ScorecardFixtures.behaviour;
import static io.callreview.scorecard.fixtures.ScorecardFixtures.newCallType;
import static io.callreview.scorecard.fixtures.ScorecardFixtures.scorecard;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ScorecardResourceTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    @Test
    void nineBehavioursAreAccepted() {
        String type = newCallType();
        admin().body(scorecard(9))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(201)
                .header("Location", endsWith("/api/call-types/" + type + "/scorecards/1"))
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("behaviours", hasSize(9));
    }

    @Test
    void tenBehavioursAreRejectedAndNothingIsStored() {
        String type = newCallType();
        admin().body(scorecard(10))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("behaviours"))
                .body("detail", containsString("at most 9"))
                .body("detail", containsString("biggest difference"));

        admin().when().get("/api/call-types/" + type + "/scorecards")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void emptyScorecardIsRejected() {
        String type = newCallType();
        admin().body(Map.of("behaviours", List.of()))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("behaviours"));
    }

    @Test
    void duplicateBehaviourKeyIsNamed() {
        String type = newCallType();
        admin().body(Map.of("behaviours", List.of(behaviour("same"), behaviour("same"))))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("behaviours[1].key"));
    }

    @Test
    void impossibleWindowIsNamed() {
        String type = newCallType();
        Map<String, Object> behaviour = new HashMap<>(behaviour("late"));
        Map<String, Object> detection = new HashMap<>((Map<String, Object>) behaviour.get("detection"));
        detection.put("window", Map.of("fromPct", 90, "toPct", 20));
        behaviour.put("detection", detection);
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("behaviours[0].detection.window"));
    }

    @Test
    void aWindowOfMinutesAloneIsTheWholeCallNarrowedToThem() {
        String type = newCallType();
        List<Map<String, Object>> behaviours = new ArrayList<>();
        for (Map<String, Object> window : List.of(Map.<String, Object>of("lastMinutes", 3), Map.<String, Object>of("fromPct", 80),
                Map.<String, Object>of())) {
            Map<String, Object> behaviour = new HashMap<>(behaviour("b" + behaviours.size()));
            Map<String, Object> detection = new HashMap<>((Map<String, Object>) behaviour.get("detection"));
            detection.put("window", window);
            behaviour.put("detection", detection);
            behaviours.add(behaviour);
        }
        admin().body(Map.of("behaviours", behaviours))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(201)
                .body("behaviours[0].detection.window.fromPct", equalTo(0))
                .body("behaviours[0].detection.window.toPct", equalTo(100))
                .body("behaviours[0].detection.window.lastMinutes", equalTo(3))
                .body("behaviours[1].detection.window.fromPct", equalTo(80))
                .body("behaviours[1].detection.window.toPct", equalTo(100))
                .body("behaviours[2].detection.window.fromPct", equalTo(0))
                .body("behaviours[2].detection.window.toPct", equalTo(100));
    }

    @Test
    void aMisspeltFieldIsNamedAndNothingIsStored() {
        String type = newCallType();
        Map<String, Object> behaviour = new HashMap<>(behaviour("late"));
        Map<String, Object> detection = new HashMap<>((Map<String, Object>) behaviour.get("detection"));
        detection.put("window", Map.of("fromSeconds", 300));
        behaviour.put("detection", detection);
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("behaviours[0].detection.window.fromSeconds"))
                .body("errors[0].message", equalTo("is not a known field"));
        detection.put("window", Map.of("fromPct", 0.8));
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("behaviours[0].detection.window.fromPct"))
                .body("errors[0].message", containsString("whole number"));
        admin().when().get("/api/call-types/" + type + "/scorecards")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void preconditionNeedsABehaviourThatAllowsNotApplicable() {
        String type = newCallType();
        Map<String, Object> behaviour = new HashMap<>(behaviour("objections"));
        Map<String, Object> detection = new HashMap<>((Map<String, Object>) behaviour.get("detection"));
        detection.put("applicableWhen", Map.of("phrases", List.of("too expensive"), "speaker", "PROSPECT"));
        behaviour.put("detection", detection);
        behaviour.put("naAllowed", false);
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("behaviours[0].detection.applicableWhen"));

        behaviour.put("naAllowed", true);
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(201)
                .body("behaviours[0].detection.applicableWhen.speaker", equalTo("PROSPECT"));
    }

    @Test
    void aWindowThatEndsAtAMomentNeedsSomethingToRecogniseItBy() {
        String type = newCallType();
        Map<String, Object> behaviour = new HashMap<>(behaviour("recap"));
        Map<String, Object> detection = new HashMap<>((Map<String, Object>) behaviour.get("detection"));
        detection.put("before", Map.of("speaker", "REP"));
        behaviour.put("detection", detection);
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("behaviours[0].detection.before.phrases"));
        admin().when().get("/api/call-types/" + type + "/scorecards")
                .then().statusCode(200).body("$", empty());

        detection.put("before", Map.of("speaker", "REP", "phrases", List.of("this is the dashboard")));
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(201)
                .body("behaviours[0].detection.before.speaker", equalTo("REP"))
                .body("behaviours[0].detection.before.phrases", contains("this is the dashboard"));
    }

    @Test
    void invalidBehaviourFieldsAreNamed() {
        String type = newCallType();
        Map<String, Object> behaviour = new HashMap<>(behaviour("weightless"));
        behaviour.put("weight", 0);
        behaviour.put("category", null);
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("behaviours[0].weight"))
                .body("errors.field", hasItem("behaviours[0].category"));
    }

    @Test
    void unknownEnumValueIsNamed() {
        String type = newCallType();
        Map<String, Object> behaviour = new HashMap<>(behaviour("vague"));
        behaviour.put("category", "VIBES");
        admin().body(Map.of("behaviours", List.of(behaviour)))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("behaviours[0].category"))
                .body("errors[0].message", containsString("QUALIFICATION"));
    }

    @Test
    void scorecardForUnknownCallTypeIs404() {
        admin().body(scorecard(1))
                .when().post("/api/call-types/unknown-type/scorecards")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyOneDraftAtATime() {
        String type = newCallType();
        admin().body(scorecard(2)).post("/api/call-types/" + type + "/scorecards").then().statusCode(201);
        admin().body(scorecard(3))
                .when().post("/api/call-types/" + type + "/scorecards")
                .then().statusCode(409)
                .body("detail", containsString("draft version 1"));
    }

    @Test
    void publishedVersionsAreImmutableAndEditingStartsANewDraft() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        admin().body(scorecard(2)).post(base).then().statusCode(201);
        admin().body(scorecard(3)).when().put(base + "/1").then().statusCode(200).body("behaviours", hasSize(3));
        admin().when().post(base + "/1/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("admin-1"));

        admin().body(scorecard(1))
                .when().put(base + "/1")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("immutable"));
        admin().when().post(base + "/1/publish").then().statusCode(409);
        admin().when().get(base + "/1").then().statusCode(200).body("behaviours", hasSize(3));

        admin().when().post(base + "/1/draft")
                .then().statusCode(201)
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("behaviours", hasSize(3));
        admin().when().post(base + "/2/publish").then().statusCode(200);

        admin().when().get(base)
                .then().statusCode(200)
                .body("version", contains(1, 2))
                .body("status", contains("SUPERSEDED", "PUBLISHED"));
        admin().when().get(base + "/published").then().statusCode(200).body("version", equalTo(2));
        admin().when().get(base + "/1").then().statusCode(200).body("status", equalTo("SUPERSEDED"));
    }

    @Test
    void diffShowsAddedRemovedAndChangedBehaviours() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        admin().body(Map.of("behaviours", List.of(behaviour("kept"), behaviour("tuned"), behaviour("dropped"))))
                .post(base).then().statusCode(201);
        admin().post(base + "/1/publish").then().statusCode(200);
        admin().body(Map.of("behaviours", List.of(behaviour("kept"),
                        behaviour("tuned", List.of("budget", "timeline", "decision process")), behaviour("added"))))
                .post(base).then().statusCode(201);

        admin().when().get(base + "/diff?from=1&to=2")
                .then().statusCode(200)
                .body("from", equalTo(1))
                .body("to", equalTo(2))
                .body("added.key", contains("added"))
                .body("removed.key", contains("dropped"))
                .body("changed.key", contains("tuned"))
                .body("changed[0].changes.field", contains("detection.phrases"))
                .body("changed[0].changes[0].to", hasItem("decision process"))
                .body("unchanged", contains("kept"));
    }

    @Test
    void diffNeedsBothVersions() {
        String type = newCallType();
        admin().when().get("/api/call-types/" + type + "/scorecards/diff?from=1")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        admin().when().get("/api/call-types/" + type + "/scorecards/diff?from=1&to=7")
                .then().statusCode(404);
    }

    @Test
    void retiredVersionStaysReadableButNoLongerGrades() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        admin().body(scorecard(2)).post(base).then().statusCode(201);
        admin().when().post(base + "/1/retire").then().statusCode(409);
        admin().post(base + "/1/publish").then().statusCode(200);

        admin().when().post(base + "/1/retire").then().statusCode(409)
                .body("errors[0].field", equalTo("refuseNewCalls"))
                .body("detail", containsString("calls of this type are refused"));
        admin().get(base + "/1").then().body("status", equalTo("PUBLISHED"));
        admin().when().post(base + "/1/retire?refuseNewCalls=true").then().statusCode(200).body("status", equalTo("RETIRED"));
        admin().when().get(base + "/1").then().statusCode(200).body("status", equalTo("RETIRED"));
        admin().when().get(base + "/published").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void starterLibraryHoldsTheFiveClassicQuestions() {
        String type = newCallType();
        admin().when().post("/api/call-types/" + type + "/scorecards/starter")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("behaviours.key", contains("process-steps", "qualification", "right-people", "next-steps", "product-coverage"))
                .body("behaviours.category", contains("PROCESS_STEPS", "QUALIFICATION", "RIGHT_PEOPLE", "NEXT_STEPS", "PRODUCT_COVERAGE"))
                .body("behaviours.find { it.key == 'next-steps' }.critical", equalTo(true))
                .body("behaviours.find { it.key == 'next-steps' }.detection.window.fromPct", equalTo(80))
                .body("behaviours.find { it.key == 'qualification' }.detection.question", equalTo(true))
                .body("behaviours.find { it.key == 'qualification' }.detection.openQuestion", equalTo(true))
                .body("behaviours.find { it.key == 'right-people' }.detection", not(hasKey("openQuestion")))
                .body("behaviours.find { it.key == 'process-steps' }.detection.window.firstMinutes", equalTo(10))
                .body("behaviours.collect { it.detection.examples.size() }", everyItem(greaterThanOrEqualTo(12)))
                .body("behaviours.collect { it.detection.counterExamples.size() }", everyItem(greaterThanOrEqualTo(8)));
    }

    @Test
    void starterLibraryHasADemoAndARenewalScorecardTooTheDefaultForCallTypesNamedSo() {
        admin().queryParam("template", "demo").when().post("/api/call-types/" + newCallType() + "/scorecards/starter")
                .then().statusCode(201)
                .body("behaviours.key", contains("pain-recap", "tailored-walkthrough", "understanding-check", "next-steps"))
                .body("behaviours.find { it.key == 'next-steps' }.detection.window.fromPct", equalTo(80))
                .body("behaviours.find { it.key == 'next-steps' }.detection.examples.size()", greaterThanOrEqualTo(12));
        admin().queryParam("template", "renewal").when().post("/api/call-types/" + newCallType() + "/scorecards/starter")
                .then().statusCode(201)
                .body("behaviours.key", contains("value-recap", "objection-handling", "expansion-discovery", "renewal-commitment"))
                .body("behaviours.collect { it.detection.examples.size() }", everyItem(greaterThanOrEqualTo(7)));

        String renewals = "renewal-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON).body(Map.of("key", renewals, "name", "Renewals", "description", "renewal calls"))
                .when().post("/api/call-types").then().statusCode(201);
        admin().when().post("/api/call-types/" + renewals + "/scorecards/starter")
                .then().statusCode(201)
                .body("behaviours.key", contains("value-recap", "objection-handling", "expansion-discovery", "renewal-commitment"));

        String type = newCallType();
        admin().queryParam("template", "onboarding").when().post("/api/call-types/" + type + "/scorecards/starter")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("template"))
                .body("errors[0].message", containsString("choose one of discovery, renewal, demo"));
        admin().when().get("/api/call-types/" + type + "/scorecards").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void examplesAreStoredAndTheirChangesShowInTheDiff() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        List<String> examples = List.of("How much are you looking to invest?", "When do you need this live?",
                "Who holds the purse strings for this?");
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("qualification"), examples, List.of("I won't ask about budget today.")))))
                .when().post(base).then().statusCode(201)
                .body("behaviours[0].detection.examples", equalTo(examples))
                .body("behaviours[0].detection.counterExamples", equalTo(List.of("I won't ask about budget today.")));
        admin().when().post(base + "/1/publish").then().statusCode(200);
        admin().when().post(base + "/1/draft").then().statusCode(201);
        List<String> more = new ArrayList<>(examples);
        more.add("What's it costing you to keep doing this by hand?");
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("qualification"), more, List.of()))))
                .when().put(base + "/2").then().statusCode(200);

        admin().queryParam("from", 1).queryParam("to", 2).when().get(base + "/diff")
                .then().statusCode(200)
                .body("changed[0].changes.field", containsInAnyOrder("detection.examples", "detection.counterExamples"));
    }

    @Test
    void badExamplesAreRefusedNamingTheFieldAndNothingIsStored() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        List<String> thirtyOne = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            thirtyOne.add("Example number " + i + " of how reps ask about money?");
        }
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("b"), thirtyOne, List.of()))))
                .when().post(base).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("behaviours[0].detection.examples"));
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("b"), List.of("How much?", "", "When?"), List.of()))))
                .when().post(base).then().statusCode(400)
                .body("errors.field", hasItem("behaviours[0].detection.examples[1]"));
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("b"), List.of("How much will you invest?", "x".repeat(10_000),
                        "When do you need it?"), List.of()))))
                .when().post(base).then().statusCode(400)
                .body("errors.field", hasItem("behaviours[0].detection.examples[1]"));
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("b"), List.of("How much will you invest?"), List.of()))))
                .when().post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("behaviours[0].detection.examples"))
                .body("errors[0].message", containsString("at least 3"));
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("b"), List.of("How much will you invest?",
                        "When do you need it?", "Who signs?"), List.of("When do you need it?")))))
                .when().post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("behaviours[0].detection.counterExamples[0]"));
        Map<String, Object> noSignals = withExamples(behaviour("b", List.of()), List.of(), List.of());
        admin().body(Map.of("behaviours", List.of(noSignals)))
                .when().post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("behaviours[0].detection.phrases"));

        admin().when().get(base).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void examplesAloneAreEnoughWithoutPhrases() {
        String type = newCallType();
        admin().body(Map.of("behaviours", List.of(withExamples(behaviour("b", List.of()), List.of("How much will you invest?",
                        "When do you need it live?", "Who signs the contract?"), List.of()))))
                .when().post("/api/call-types/" + type + "/scorecards").then().statusCode(201)
                .body("behaviours[0].detection.phrases", equalTo(List.of()));
    }

    @Test
    void buildingOnTheProspectIsStoredShownInTheDiffAndRefusedWhereItCannotWork() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        List<String> examples = List.of("Since you said onboarding takes weeks, the guided setup cuts that to a day.",
                "The reconciliation you do by hand on Fridays is what auto-matching takes over.",
                "For the double bookings you mentioned, the shared calendar blocks taken slots.");
        Map<String, Object> plain = withExamples(behaviour("tie-in", List.of()), examples, List.of());
        admin().body(Map.of("behaviours", List.of(plain))).when().post(base).then().statusCode(201)
                .body("behaviours[0].detection", not(hasKey("buildsOnProspect")));
        admin().when().post(base + "/1/publish").then().statusCode(200);
        admin().when().post(base + "/1/draft").then().statusCode(201);
        admin().body(Map.of("behaviours", List.of(withDetection(plain, "buildsOnProspect", true))))
                .when().put(base + "/2").then().statusCode(200)
                .body("behaviours[0].detection.buildsOnProspect", equalTo(true));
        admin().queryParam("from", 1).queryParam("to", 2).when().get(base + "/diff").then().statusCode(200)
                .body("changed[0].changes.field", contains("detection.buildsOnProspect"))
                .body("changed[0].changes[0].to", equalTo(true));

        Map<String, Object> noExamples = withDetection(behaviour("tie-in"), "buildsOnProspect", true);
        admin().body(Map.of("behaviours", List.of(noExamples))).when().put(base + "/2").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("behaviours[0].detection.buildsOnProspect"));
        Map<String, Object> prospectsRule = withDetection(withDetection(plain, "buildsOnProspect", true), "speaker", "PROSPECT");
        admin().body(Map.of("behaviours", List.of(prospectsRule))).when().put(base + "/2").then().statusCode(400)
                .body("errors[0].field", equalTo("behaviours[0].detection.buildsOnProspect"))
                .body("errors[0].message", containsString("REP"));
        admin().when().get(base + "/2").then().statusCode(200).body("behaviours[0].detection.buildsOnProspect", equalTo(true));
    }

    private static Map<String, Object> withDetection(Map<String, Object> behaviour, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(behaviour);
        @SuppressWarnings("unchecked")
        Map<String, Object> detection = new HashMap<>((Map<String, Object>) behaviour.get("detection"));
        detection.put(field, value);
        copy.put("detection", detection);
        return copy;
    }

    private static Map<String, Object> withExamples(Map<String, Object> behaviour, List<String> examples, List<String> counterExamples) {
        return withDetection(withDetection(behaviour, "examples", examples), "counterExamples", counterExamples);
    }

    @Test
    void draftsCanBeDiscardedButPublishedVersionsCannot() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        admin().body(scorecard(1)).post(base).then().statusCode(201);
        admin().when().delete(base + "/1").then().statusCode(204);
        admin().when().get(base + "/1").then().statusCode(404);

        admin().body(scorecard(1)).post(base).then().statusCode(201).body("version", equalTo(1));
        admin().post(base + "/1/publish").then().statusCode(200);
        admin().when().delete(base + "/1").then().statusCode(409);
    }

    @Test
    void repsReadScorecardsButCannotWriteThem() {
        String type = newCallType();
        String base = "/api/call-types/" + type + "/scorecards";
        admin().body(scorecard(1)).post(base).then().statusCode(201);
        given().auth().oauth2(TestTokens.rep("rep-1", "team-a")).contentType(ContentType.JSON)
                .when().get(base + "/1").then().statusCode(200);
        given().auth().oauth2(TestTokens.rep("rep-1", "team-a")).contentType(ContentType.JSON)
                .when().post(base + "/1/publish").then().statusCode(403);
        admin().when().get(base + "/1").then().body("status", equalTo("DRAFT"));
    }
}
