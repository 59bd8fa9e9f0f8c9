package io.callreview.notification.preferences;

import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.NudgeFixtures.newRep;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PreferencesResourceTest {

    @Test
    void repWithoutPreferencesGetsTheDefaults() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("repId", equalTo(rep))
                .body("customized", equalTo(false))
                .body("channels.inbox", equalTo(true))
                .body("channels.email", equalTo(false))
                .body("channels.chat", equalTo(false))
                .body("timeZone", equalTo("UTC"))
                .body("quietHours", equalTo("21:00-08:00"))
                .body("dailyCap", equalTo(5))
                .body("digest.enabled", equalTo(false))
                .body("digest.hour", equalTo(9))
                .body("updatedAt", nullValue());
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefusedNotCoerced() {
        String rep = newRep();
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("timeZone", 12), Map.of("emailAddress", true),
                Map.of("dailyCap", "3"), Map.of("channels", Map.of("email", "yes")))) {
            given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(body)
                    .when().put("/api/reps/" + rep + "/preferences")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(body.keySet().iterator().next().equals("channels") ? "channels.email"
                            : body.keySet().iterator().next()));
        }
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200).body("customized", equalTo(false));
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItAndTheStoredPreferencesStayAsTheyWere() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Berlin", "dailyCap", 3, "quietHours", "22:00-07:00",
                        "digest", Map.of("enabled", true, "hour", 17)))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200);
        String updatedAt = given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200).extract().path("updatedAt");

        // the user's request: "timezone" for "timeZone" would have reset every other field to its default
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body("{\"channels\": {\"inbox\": true}, \"timezone\": \"Asia/Dubai\"}")
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("timezone")))
                .body("errors[0].message", equalTo("is not a known field; did you mean timeZone?"))
                .body("detail", equalTo("timezone: is not a known field; did you mean timeZone?"));
        // inside the nested objects too, and by an admin
        for (String body : List.of("{\"channels\": {\"inbx\": true}, \"timeZone\": \"Asia/Dubai\"}",
                "{\"timeZone\": \"Asia/Dubai\", \"digest\": {\"enabled\": false, \"hours\": 9}}")) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                    .when().put("/api/reps/" + rep + "/preferences")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(body.contains("inbx") ? "channels.inbx" : "digest.hours")))
                    .body("errors[0].message", equalTo("is not a known field; did you mean "
                            + (body.contains("inbx") ? "inbox" : "hour") + "?"));
        }
        // a field like none of the known ones is named without a guess
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body("{\"timeZone\": \"Asia/Dubai\", \"favouriteColour\": \"blue\"}")
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("favouriteColour")))
                .body("errors[0].message", equalTo("is not a known field"));

        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("dailyCap", equalTo(3))
                .body("quietHours", equalTo("22:00-07:00"))
                .body("digest.enabled", equalTo(true))
                .body("digest.hour", equalTo(17))
                .body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void repStoresAndReadsTheirPreferences() {
        String rep = newRep();
        Map<String, Object> preferences = Map.of(
                "channels", Map.of("inbox", true, "email", true, "chat", true),
                "emailAddress", "dana@example.com",
                "chatWebhookUrl", "https://hooks.slack.com/services/T000/B000/XXXX",
                "timeZone", "Europe/Berlin",
                "quietHours", "22:30-07:00",
                "dailyCap", 3,
                "digest", Map.of("enabled", true, "hour", 17));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(preferences)
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("customized", equalTo(true))
                .body("updatedAt", notNullValue());

        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("channels.email", equalTo(true))
                .body("channels.chat", equalTo(true))
                .body("emailAddress", equalTo("dana@example.com"))
                .body("chatWebhookUrl", equalTo("https://hooks.slack.com/services/T000/B000/XXXX"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("quietHours", equalTo("22:30-07:00"))
                .body("dailyCap", equalTo(3))
                .body("digest.enabled", equalTo(true))
                .body("digest.hour", equalTo(17));
    }

    @Test
    void emptyQuietHoursMeansNoneAndLeftOutFieldsTakeDefaults() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("quietHours", "", "timeZone", "America/New_York"))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("quietHours", nullValue())
                .body("timeZone", equalTo("America/New_York"))
                .body("dailyCap", equalTo(5))
                .body("channels.inbox", equalTo(true));
    }

    @Test
    void unknownTimeZoneIsRefusedNamingTheField() {
        assertRefused(Map.of("timeZone", "Mars/Olympus_Mons"), "timeZone", "IANA");
    }

    @Test
    void quietHoursThatDoNotParseAreRefused() {
        assertRefused(Map.of("quietHours", "9pm-8am"), "quietHours", "21:00-08:00");
        assertRefused(Map.of("quietHours", "25:00-08:00"), "quietHours", "hours 00-23");
        assertRefused(Map.of("quietHours", "08:00-08:00"), "quietHours", "same time");
    }

    @Test
    void emailThatIsNotAnEmailIsRefused() {
        assertRefused(Map.of("channels", Map.of("email", true), "emailAddress", "dana-at-example"), "emailAddress", "email address");
    }

    @Test
    void channelSwitchedOnWithoutItsAddressIsRefused() {
        assertRefused(Map.of("channels", Map.of("email", true)), "emailAddress", "required");
        assertRefused(Map.of("channels", Map.of("chat", true)), "chatWebhookUrl", "required");
    }

    @Test
    void chatWebhookMustBeHttps() {
        assertRefused(Map.of("channels", Map.of("chat", true), "chatWebhookUrl", "http://hooks.slack.com/services/T/B/X"),
                "chatWebhookUrl", "https");
    }

    @Test
    void dailyCapOutOfRangeIsRefused() {
        assertRefused(Map.of("dailyCap", 0), "dailyCap", "");
    }

    @Test
    void everyWrongFieldIsNamedAtOnceTheFieldsOwnConstraintsAndTheChecksAcrossThem() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("dailyCap", 0, "timeZone", "Mars/Base", "workStart", "09:00", "workEnd", "09:00",
                        "quietHours", "late", "emailAddress", "not-an-address"))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("dailyCap", "timeZone", "workEnd", "quietHours", "emailAddress"));
    }

    @Test
    void anotherRepsPreferencesDoNotExistForARep() {
        String rep = newRep();
        String other = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + other + "/preferences")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("dailyCap", 1))
                .when().put("/api/reps/" + other + "/preferences")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(other, "team-a"))
                .when().get("/api/reps/" + other + "/preferences")
                .then().statusCode(200)
                .body("customized", equalTo(false));
    }

    @Test
    void adminReadsAndEditsAnyonesPreferences() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("dailyCap", 2, "timeZone", "Asia/Tokyo"))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("dailyCap", equalTo(2))
                .body("timeZone", equalTo("Asia/Tokyo"));
    }

    @Test
    void coachesAndAnonymousCallersCannotTouchPreferences() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.coach("coach-1", "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(403);
        given().when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(401);
    }

    private static void assertRefused(Map<String, Object> body, String field, String messagePart) {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(body)
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(messagePart));
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("customized", equalTo(false));
    }
}
