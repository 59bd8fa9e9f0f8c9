package io.callreview.web.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The rep's notification preferences: shown as stored, sent as the service expects, refused fields named in place. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
class SettingsPageTest {

    private static final String PREFERENCES = "/api/reps/rep-rita/preferences";

    /** Shaped as notification-service's PreferencesView. */
    private static final String STORED = """
            {"repId": "rep-rita", "channels": {"inbox": true, "email": true, "chat": false},
             "emailAddress": "rita@example.com", "chatWebhookUrl": null, "timeZone": "Europe/Berlin",
             "workStart": "08:30:00", "workEnd": "17:00:00", "workDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"],
             "quietHours": "21:00-07:30", "dailyCap": 3, "digest": {"enabled": true, "hour": 9},
             "customized": true, "updatedAt": "2026-11-30T08:00:00Z"}""";

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        StubRepServices.answer("GET " + PREFERENCES, STORED);
        StubRepServices.answer("PUT " + PREFERENCES, STORED);
    }

    @Test
    void theFormShowsThePreferencesInForce() throws IOException {
        Response page = signedIn().get("/settings");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("name=\"inbox\" checked", "name=\"email\" checked", "name=\"chat\">",
                "name=\"emailAddress\" value=\"rita@example.com\"", "name=\"timeZone\" value=\"Europe/Berlin\"",
                "name=\"workStart\" value=\"08:30\"", "name=\"workEnd\" value=\"17:00\"",
                "value=\"THURSDAY\" checked> Thursday", "value=\"FRIDAY\"> Friday",
                "name=\"quietFrom\" value=\"21:00\"", "name=\"quietTo\" value=\"07:30\"",
                "name=\"dailyCap\" value=\"3\"", "name=\"digest\" checked", "name=\"digestHour\" value=\"9\"",
                "Last saved 2026-11-30 08:00 UTC", "<label for=\"timeZone\">");
    }

    @Test
    void savingSendsThePreferencesAsJsonAndComesBackWithASavedNotice() throws Exception {
        Response form = signedIn().get("/settings");

        Response saved = withCsrf(form).formParam("inbox", "on").formParam("chat", "on")
                .formParam("emailAddress", " rita@example.com ").formParam("chatWebhookUrl", "https://hooks.slack.com/services/T0/B0/X")
                .formParam("timeZone", "America/New_York").formParam("workStart", "09:15").formParam("workEnd", "18:00")
                .formParam("workDays", "MONDAY").formParam("workDays", "FRIDAY")
                .formParam("quietFrom", "20:00").formParam("quietTo", "08:00").formParam("dailyCap", "4")
                .formParam("digestHour", "7")
                .post("/settings");

        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/settings?saved=true");
        JsonNode sent = new ObjectMapper().readTree(StubRepServices.lastBody("PUT " + PREFERENCES));
        assertThat(sent).isEqualTo(new ObjectMapper().readTree("""
                {"channels": {"inbox": true, "email": false, "chat": true}, "emailAddress": "rita@example.com",
                 "chatWebhookUrl": "https://hooks.slack.com/services/T0/B0/X", "timeZone": "America/New_York",
                 "workStart": "09:15", "workEnd": "18:00", "workDays": ["MONDAY", "FRIDAY"], "quietHours": "20:00-08:00",
                 "dailyCap": 4, "digest": {"enabled": false, "hour": 7}}"""));
        assertThat(signedIn().get("/settings?saved=true").body().asString()).contains("id=\"saved\"");
    }

    @Test
    void emptyQuietHoursAreSentAsNoneAndBlankFieldsAreLeftToTheDefaults() throws Exception {
        Response form = signedIn().get("/settings");

        withCsrf(form).formParam("inbox", "on").formParam("emailAddress", "").formParam("timeZone", "")
                .formParam("quietFrom", "").formParam("quietTo", "").formParam("dailyCap", "").post("/settings");

        JsonNode sent = new ObjectMapper().readTree(StubRepServices.lastBody("PUT " + PREFERENCES));
        assertThat(sent.get("quietHours").asText()).isEmpty();
        assertThat(sent.has("timeZone")).isFalse();
        assertThat(sent.has("emailAddress")).isFalse();
        assertThat(sent.has("dailyCap")).isFalse();
        assertThat(sent.get("workDays")).isEmpty();
    }

    @Test
    void aFieldTheServiceRefusesIsNamedNextToItsInputWithTheTypedValuesKept() throws IOException {
        StubRepServices.answer("PUT " + PREFERENCES, 400, """
                {"type": "https://callreview.io/problems/validation", "title": "Invalid request", "status": 400,
                 "detail": "timeZone 'Mars/Olympus' is not an IANA time zone such as Europe/Berlin",
                 "errors": [{"field": "timeZone", "message": "'Mars/Olympus' is not an IANA time zone such as Europe/Berlin"}]}""");
        Response form = signedIn().get("/settings");

        Response refused = withCsrf(form).formParam("inbox", "on").formParam("email", "on")
                .formParam("emailAddress", "rita@example.com").formParam("timeZone", "Mars/Olympus")
                .formParam("workStart", "07:45").formParam("workDays", "SATURDAY").formParam("dailyCap", "2")
                .post("/settings");

        assertThat(refused.statusCode()).isEqualTo(400);
        String html = refused.body().asString();
        assertThat(html).contains("Invalid request", "Nothing was saved",
                "name=\"timeZone\" value=\"Mars/Olympus\" maxlength=\"64\" autocomplete=\"off\" aria-invalid=\"true\" aria-describedby=\"err-timeZone\"",
                "<span class=\"error\" id=\"err-timeZone\">Time zone &#39;Mars/Olympus&#39; is not an IANA time zone such as Europe/Berlin</span>",
                "name=\"workStart\" value=\"07:45\"", "value=\"SATURDAY\" checked", "value=\"MONDAY\"> Monday",
                "name=\"dailyCap\" value=\"2\"", "name=\"emailAddress\" value=\"rita@example.com\"")
                .doesNotContain("id=\"err-emailAddress\"", "id=\"saved\"");
        assertThat(html.indexOf("id=\"err-timeZone\"")).as("the message right after its input")
                .isGreaterThan(html.indexOf("id=\"timeZone\"")).isLessThan(html.indexOf("id=\"workStart\""));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndSendsNothing() throws IOException {
        Response form = signedIn().get("/settings");

        Response forged = signedIn().redirects().follow(false).cookies(form.cookies())
                .formParam("inbox", "on").formParam("timeZone", "UTC").post("/settings");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StubRepServices.lastBody("PUT " + PREFERENCES)).isNull();
    }

    private static RequestSpecification signedIn() throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint("rep-rita", "rep", List.of("team-east"), Duration.ofHours(1));
        return RestAssured.given().cookie(SessionCookie.NAME, token);
    }

    private static RequestSpecification withCsrf(Response form) throws IOException {
        String csrf = form.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return signedIn().redirects().follow(false).cookies(form.cookies()).formParam("csrf-token", csrf);
    }
}
