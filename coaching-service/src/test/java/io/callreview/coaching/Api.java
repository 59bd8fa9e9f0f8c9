package io.callreview.coaching;

import io.callreview.testsupport.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads coaching's API the way a client would, and waits for asynchronous effects to show there. */
public final class Api {

    private Api() {
    }

    /** The rep's profile once {@code ready} holds (events are consumed asynchronously). */
    public static JsonPath awaitProfile(String rep, Predicate<JsonPath> ready) {
        return awaitJson("/api/reps/" + rep + "/profile", ready);
    }

    public static JsonPath awaitSchedule(String rep, Predicate<JsonPath> ready) {
        return awaitJson("/api/reps/" + rep + "/schedule", ready);
    }

    /** coaching's copy of the rep's settings, once {@code ready} holds (they arrive as RepScheduleChanged). */
    public static JsonPath awaitSettings(String rep, Predicate<JsonPath> ready) {
        return awaitJson("/api/reps/" + rep + "/settings", ready);
    }

    public static JsonPath schedule(String rep) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/reps/" + rep + "/schedule")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitJson(String url, Predicate<JsonPath> ready) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin()).get(url);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            try {
                return ready.test(last[0]);
            } catch (RuntimeException | AssertionError notYet) {
                return false;
            }
        });
        return last[0];
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> behaviour(JsonPath profile, String key) {
        return (Map<String, Object>) profile.getList("behaviours", Map.class).stream()
                .filter(b -> key.equals(b.get("behaviourKey")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no behaviour " + key + " in " + profile.prettify()));
    }

    /** A value at a dotted path of a JSON object. */
    @SuppressWarnings("unchecked")
    public static Object path(Map<String, Object> map, String dotted) {
        Object current = map;
        for (String part : dotted.split("\\.")) {
            current = current == null ? null : ((Map<String, Object>) current).get(part);
        }
        return current;
    }
}
