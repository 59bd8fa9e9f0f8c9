package io.callreview.notification.audit;

import io.callreview.testsupport.AuditTrailContract;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.NudgeFixtures.newRep;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** notification-service's audit log: preference changes with the old and new addresses, retries and refusals. */
@QuarkusTest
class AuditTrailTest extends AuditTrailContract {

    private static final String OLD_HOOK = "https://hooks.slack.com/services/T000/B000/OLD";
    private static final String NEW_HOOK = "https://hooks.slack.com/services/T000/B000/NEW";

    @Override
    protected void changeSomething() {
        String rep = newRep();
        save(repToken(rep), rep, Map.of("timeZone", "Europe/Berlin")).then().statusCode(200);
    }

    @Test
    void aPreferenceChangeRecordsTheOldAndNewAddresses() {
        String rep = newRep();
        save(repToken(rep), rep, Map.of("channels", Map.of("email", true, "chat", true), "emailAddress", "old@example.com",
                "chatWebhookUrl", OLD_HOOK)).then().statusCode(200);
        save(TestTokens.admin(), rep, Map.of("channels", Map.of("email", true, "chat", true), "emailAddress", "new@example.com",
                "chatWebhookUrl", NEW_HOOK, "quietHours", "")).then().statusCode(200);

        JsonPath entries = entries("rep-preferences", rep);
        assertThat(entries.getList("items.action")).containsExactly("PREFERENCES_CHANGED", "PREFERENCES_CHANGED");
        assertThat(entries.getList("items.actorId")).containsExactly("admin-1", rep);
        assertThat(entries.getMap("items[1].details")).containsEntry("before", null);
        assertThat(entries.getString("items[0].details.before.chatWebhookUrl")).isEqualTo(OLD_HOOK);
        assertThat(entries.getString("items[0].details.after.chatWebhookUrl")).isEqualTo(NEW_HOOK);
        assertThat(entries.getString("items[0].details.before.emailAddress")).isEqualTo("old@example.com");
        assertThat(entries.getString("items[0].details.after.emailAddress")).isEqualTo("new@example.com");
        assertThat(entries.getString("items[0].details.before.quietHours")).isEqualTo("21:00-08:00");
        assertThat(entries.getString("items[0].details.after.quietHours")).isNull();
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void anotherRepsAttemptChangesNothingAndIsRecorded() {
        String rep = newRep();
        String other = newRep();
        save(repToken(other), rep, Map.of("chatWebhookUrl", NEW_HOOK)).then().statusCode(404);

        assertThat(entries("rep-preferences", rep).getList("items")).isEmpty();
        JsonPath denied = given().auth().oauth2(TestTokens.admin()).queryParam("action", "ACCESS_DENIED").queryParam("actor", other)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(denied.getString("items[0].entityId")).isEqualTo("PUT /api/reps/" + rep + "/preferences");
        assertThat(denied.getInt("items[0].details.status")).isEqualTo(404);
    }

    private static Response save(String token, String rep, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/reps/" + rep + "/preferences");
    }

    private static String repToken(String rep) {
        return TestTokens.rep(rep, "team-a");
    }
}
