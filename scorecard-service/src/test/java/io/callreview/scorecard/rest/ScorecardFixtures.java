package io.callreview.scorecard.rest;

import io.callreview.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds call types and scorecard bodies for API tests, through the API itself. */
public final class ScorecardFixtures {

    private ScorecardFixtures() {
    }

    public static String newCallType() {
        String key = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("key", key, "name", "Type " + key, "description", "test call type"))
                .post("/api/call-types").then().statusCode(201);
        return key;
    }

    public static Map<String, Object> behaviour(String key) {
        return behaviour(key, List.of("budget", "timeline"));
    }

    public static Map<String, Object> behaviour(String key, List<String> phrases) {
        return Map.of(
                "key", key,
                "question", "Does the rep do " + key + "?",
                "guidance", "Look for " + key,
                "category", "QUALIFICATION",
                "weight", 1.5,
                "critical", false,
                "naAllowed", true,
                "detection", Map.of(
                        "phrases", phrases,
                        "speaker", "REP",
                        "window", Map.of("fromPct", 0, "toPct", 100),
                        "question", true,
                        "minCount", 1));
    }

    public static Map<String, Object> scorecard(int behaviours) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= behaviours; i++) {
            list.add(behaviour("behaviour-" + i));
        }
        return Map.of("behaviours", list);
    }
}
