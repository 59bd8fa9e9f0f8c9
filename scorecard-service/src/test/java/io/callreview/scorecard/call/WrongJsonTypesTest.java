package io.callreview.scorecard.call;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A value of the wrong JSON type is refused with 400 naming the field, never coerced and stored: a number or a
 * boolean where a string belongs, a string where a number or boolean belongs, a number where an instant belongs.
 */
@QuarkusTest
class WrongJsonTypesTest {

    private static String type;

    /** Published on first use: a static @BeforeAll would run before the test port is known. */
    private static String type() {
        if (type == null) {
            type = CallFixtures.publishedDiscoveryType();
        }
        return type;
    }

    private static Map<String, Object> call(String rep) {
        Map<String, Object> body = new HashMap<>(CallFixtures.call(type(), rep, "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        body.put("participants", List.of(new HashMap<>(Map.of("name", "Rita Rep", "role", "rep")),
                new HashMap<>(Map.of("name", "Paul Prospect", "role", "prospect"))));
        return body;
    }

    private static void refused(String field, Consumer<Map<String, Object>> breakIt) {
        String rep = CallFixtures.unique("rep");
        Map<String, Object> body = call(rep);
        breakIt.accept(body);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(CallIngestionTest.storedCalls(rep)).as("nothing stored for a bad %s", field).isZero();
    }

    @Test
    void numbersAndBooleansWhereAStringBelongsAreRefused() {
        for (String field : List.of("externalId", "source", "teamId", "callType", "recordingUrl")) {
            refused(field, body -> body.put(field, 12345));
            refused(field, body -> body.put(field, true));
        }
        refused("repId", body -> body.put("repId", 42));
    }

    @SuppressWarnings("unchecked")
    @Test
    void nestedStringsAreCheckedToo() {
        refused("participants[0].name", body -> ((List<Map<String, Object>>) body.get("participants")).get(0).put("name", 7));
        refused("participants[1].role", body -> ((List<Map<String, Object>>) body.get("participants")).get(1).put("role", 1));
        refused("transcript.format", body -> {
            Map<String, Object> transcript = new HashMap<>((Map<String, Object>) body.get("transcript"));
            transcript.put("format", 0);
            body.put("transcript", transcript);
        });
        refused("transcript.segments[0].speaker", body -> {
            Map<String, Object> transcript = new HashMap<>((Map<String, Object>) body.get("transcript"));
            List<Map<String, Object>> segments = new ArrayList<>();
            ((List<Map<String, Object>>) transcript.get("segments")).forEach(s -> segments.add(new HashMap<>(s)));
            segments.get(0).put("speaker", false);
            transcript.put("segments", segments);
            body.put("transcript", transcript);
        });
    }

    @Test
    void numbersWhereAnInstantOrAStringWhereANumberBelongsAreRefused() {
        refused("startedAt", body -> body.put("startedAt", 1772463600));
        refused("durationSeconds", body -> body.put("durationSeconds", "1800"));
        refused("durationSeconds", body -> body.put("durationSeconds", 1800.5));
    }

    @Test
    void aListWhosePeriodStartsAfterItEndsIsRefused() {
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "2026-04-01T00:00:00Z").queryParam("to", "2026-03-01T00:00:00Z")
                .when().get("/api/calls").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.admin()).queryParam("since", "2026-04-01T00:00:00Z").queryParam("until", "2026-03-01T00:00:00Z")
                .when().get("/api/audit").then().statusCode(400).body("errors[0].field", equalTo("since"));
    }
}
