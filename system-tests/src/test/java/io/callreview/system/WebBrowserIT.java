package io.callreview.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.callreview.devtools.TokenMinter;
import io.callreview.launcher.ApiClient;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.TranscriptGenerator;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web app in a real browser (Debian's headless Chromium) against the whole suite run as in production: the
 * packaged services and the web app as processes, a real Kafka broker, MariaDB and an SMTP server. A rep answers
 * a nudge from the link in its email after signing in, then finds the behaviour's phase on their profile and
 * their preferences in the settings form; another rep's nudge stays out of reach, even by a forged
 * form; a coach overrides a verdict with a reason and finalises, and the rep sees revision 2 and acknowledges it;
 * the rep disputes a verdict and the coach overturns it on the disputes page; the coach's and the admin's other pages
 * open on the real services' answers and fit a 360 px screen. Screenshots of the main pages go to {@code web/target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {

    private static final Path HOME = Path.of(System.getProperty("callreview.it.home", "target/suite-it") + "-web").toAbsolutePath();
    private static final String TEAM = "team-east";
    private static final String REP = "rep-nina";
    private static final String OTHER_REP = "rep-leo";
    private static final String COACH = "coach-ana";
    private static final Pattern NOT_YET_LINK = Pattern.compile("Not yet: (\\S+)");

    @RegisterExtension
    static final SuiteLogsOnFailure LOGS = new SuiteLogsOnFailure(HOME.resolve("logs"));

    private static GreenMail smtp;
    private static LocalSuite suite;
    private static ApiClient scorecard;
    private static ApiClient coaching;
    private static ApiClient notification;
    private static String web;
    private static String repToken;
    private static String callId;
    private static String nudgeId;

    @BeforeAll
    static void startSuiteWithACallAndItsNudge() throws Exception {
        assertThat(Browser.installed()).as("Debian's chromium and chromium-driver (.ci/run installs them)").isTrue();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        LocalSuite.wipe(HOME);
        suite = LocalSuite.start(LocalSuite.Options.freePorts(Repository.root(), HOME, Map.of(LocalSuite.NOTIFICATION, Map.of(
                "QUARKUS_MAILER_MOCK", "false",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "SMTP_START_TLS", "DISABLED"))));
        scorecard = new ApiClient(suite.service(LocalSuite.SCORECARD).baseUrl());
        coaching = new ApiClient(suite.service(LocalSuite.COACHING).baseUrl());
        notification = new ApiClient(suite.service(LocalSuite.NOTIFICATION).baseUrl());
        web = suite.service(LocalSuite.WEB).baseUrl();
        TokenMinter tokens = suite.tokenMinter();
        String admin = tokens.mint("admin-1", "admin", List.of(), Duration.ofHours(1));
        repToken = tokens.mint(REP, "rep", List.of(TEAM), Duration.ofHours(1));

        scorecard.post("/api/call-types", admin, Map.of("key", "discovery", "name", "Discovery call")).expect(201);
        int version = scorecard.post("/api/call-types/discovery/scorecards/starter", admin, null).expect(201).json().get("version").asInt();
        scorecard.post("/api/call-types/discovery/scorecards/" + version + "/publish", admin, null).expect(200);
        letNudgesThroughAtAnyHour(REP, repToken);

        callId = postCallWithoutNextSteps(tokens.mint("crm-1", "integration", List.of(), Duration.ofHours(1)));
        patiently("the post-call nudge in the inbox").untilAsserted(() -> {
            JsonNode items = notification.get("/api/reps/" + REP + "/inbox", repToken).expect(200).json().get("items");
            assertThat(items.findValuesAsText("callId")).contains(callId);
            for (JsonNode item : items) {
                if (callId.equals(item.path("callId").asText())) {
                    nudgeId = item.get("nudgeId").asText();
                }
            }
        });
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void aRepAnswersANudgeFromTheLinkInItsEmailAfterSigningIn() throws Exception {
        String link = awaitNotYetLink();
        assertThat(link).as("the email links to the web app's nudge")
                .isEqualTo(web + "/inbox/" + nudgeId + "?respond=SELF_ASSESSMENT&answer=NO");

        try (Browser rep = new Browser(web, 1440)) {
            rep.open(link);
            assertThat(rep.path()).as("not signed in yet").startsWith("/sign-in?next=");
            rep.screenshot("sign-in");
            rep.signInAs(REP);

            assertThat(rep.pathOnceAt("/inbox/")).isEqualTo("/inbox/" + nudgeId + "?respond=SELF_ASSESSMENT&answer=NO");
            assertThat(rep.text("#confirm-answer")).contains("Not yet");
            rep.screenshot("nudge-from-email");
            rep.click("#confirm-answer button[type=submit]");

            assertThat(rep.text("#self-assessment")).isEqualTo("You answered: Not yet");
            JsonNode item = notification.get("/api/reps/" + REP + "/inbox/" + nudgeId, repToken).expect(200).json();
            assertThat(item.at("/answers/selfAssessment").asText()).isEqualTo("NO");
            patiently("coaching-service records that the rep sees the gap").untilAsserted(() ->
                    assertThat(stage(REP, "next-steps")).isEqualTo("CONSCIOUSLY_INCOMPETENT"));

            rep.open("/inbox");
            assertThat(rep.find("#nudge-" + nudgeId).getText()).contains("You answered: Not yet");
            rep.screenshot("inbox");

            rep.click("a[href='/profile']");
            assertThat(rep.text("[data-behaviour='next-steps'] .phase")).as(rep::pageText)
                    .isIn("training", "mentoring", "coaching", "sustaining");
            assertThat(rep.text("[data-behaviour='next-steps'] .stage-name")).isEqualTo("consciously incompetent");
            rep.screenshot("profile");
            rep.open("/settings");
            assertThat(rep.find("#timeZone").getAttribute("value")).as("the preferences set through the API").isEqualTo("UTC");
            rep.screenshot("settings");
            rep.type("#timeZone", "Mars/Olympus");
            rep.click("#save-settings");
            assertThat(rep.text("#err-timeZone")).as("notification-service's 400, next to its field").contains("not an IANA time zone");
            rep.type("#timeZone", "UTC");
            rep.click("#save-settings");
            assertThat(rep.text("#saved")).startsWith("Saved");
        }
        try (Browser phone = new Browser(web, 360)) {
            phone.open("/inbox");
            phone.signInAs(REP);
            assertThat(phone.find("#nudge-" + nudgeId).isDisplayed()).isTrue();
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than a 360 px screen").isLessThanOrEqualTo(360L);
            phone.screenshot("inbox-360px");
        }
    }

    @Test
    @Order(2)
    void anotherRepNeitherSeesTheNudgeNorAnswersItWithAForgedForm() {
        try (Browser other = new Browser(web, 1440)) {
            other.open("/inbox/" + nudgeId);
            other.signInAs(OTHER_REP);
            assertThat(other.text(".problem-message h1")).startsWith("404");
            assertThat(other.pageText()).doesNotContain(nudgeId + "\n");

            other.open("/inbox");
            other.driver().executeScript("""
                    const form = document.querySelector('form.who');
                    form.action = '/inbox/' + arguments[0] + '/response';
                    const kind = document.createElement('input');
                    kind.type = 'hidden'; kind.name = 'kind'; kind.value = 'ACKNOWLEDGED';
                    form.appendChild(kind);
                    form.submit();""", nudgeId);
            assertThat(other.text(".problem-message h1")).as("notification-service's answer").startsWith("404");
        }
        JsonNode item = notification.get("/api/reps/" + REP + "/inbox/" + nudgeId, repToken).expect(200).json();
        assertThat(item.at("/answers/acknowledgedAt").isMissingNode() || item.at("/answers/acknowledgedAt").isNull())
                .as("the forged acknowledgement was not recorded: " + item).isTrue();
    }

    @Test
    @Order(3)
    void aCoachOverridesAVerdictWithAReasonAndTheRepSeesRevisionTwo() {
        try (Browser coach = new Browser(web, 1440)) {
            coach.open("/");
            coach.signInAs(COACH);
            assertThat(coach.path()).startsWith("/review-queue");
            assertThat(coach.find("#queue tr[data-call='" + callId + "']").getText()).contains(REP).contains("auto failed");
            coach.screenshot("review-queue");
            coach.click("#queue tr[data-call='" + callId + "'] button[type=submit]");

            assertThat(coach.pathOnceAt("/reviews/")).as(coach::pageText).startsWith("/reviews/");
            assertThat(coach.find("#transcript").getText()).as("the transcript beside the verdicts").contains("Nina Kowalski");
            coach.click("[data-behaviour='qualification'] .quote-link");
            assertThat(coach.find("#transcript p.highlight").isDisplayed()).as("a quote jumps to its line").isTrue();
            new Select(coach.find("#verdict-next-steps")).selectByValue("MET");
            coach.screenshot("review");
            coach.click("#save-review");
            assertThat(coach.text(".problem-message")).as("an override needs a reason, and the page names the field")
                    .contains("reason");

            coach.driver().navigate().back();
            new Select(coach.find("#verdict-next-steps")).selectByValue("MET");
            coach.type("#reason-next-steps", "She booked the follow-up by email right after the call");
            coach.click("#finalize-review");

            assertThat(coach.pathOnceAt("/calls/" + callId)).as(coach::pageText).isEqualTo("/calls/" + callId);
            assertThat(coach.text("#revision")).startsWith("2 · by coach " + COACH);

            coach.open("/team");
            assertThat(coach.find("#team-grid tr[data-rep='" + REP + "']").getText()).contains("1 calls");
            assertThat(coach.find("figure[data-behaviour='next-steps'] figcaption").getText()).contains("over 1 calls");
            assertThat(coach.find("figure[data-behaviour='next-steps'] .chart canvas").isDisplayed())
                    .as("uPlot, served by the app, drew the chart").isTrue();
            assertThat(coach.find("#grader-accuracy tr[data-behaviour='next-steps']").getText())
                    .as("the override counts against the grader").startsWith("next-steps 1 ");
            coach.screenshot("team");
        }
        JsonNode revisions = scorecard.get("/api/calls/" + callId + "/scores", repToken).expect(200).json();
        assertThat(revisions).hasSize(2);
        JsonNode latest = revisions.get(1);
        for (JsonNode behaviour : latest.get("behaviours")) {
            if (behaviour.get("key").asText().equals("next-steps")) {
                assertThat(behaviour.get("verdict").asText()).isEqualTo("MET");
            }
        }

        try (Browser rep = new Browser(web, 1440)) {
            rep.open("/calls");
            rep.signInAs(REP);
            rep.click("#calls tr[data-call='" + callId + "'] a");
            assertThat(rep.find("#revisions tr[data-revision='2']").getText()).contains(COACH);
            assertThat(rep.find("[data-behaviour='next-steps'] .verdict").getText()).isEqualTo("met");
            rep.screenshot("my-call");
            rep.click("#acknowledge button[type=submit]");
            assertThat(rep.text("#acknowledged")).isEqualTo("Acknowledged revision 2");
        }
    }

    @Test
    @Order(4)
    void anAdminEditsADraftOfThePublishedScorecardSeesTheDiffAndPublishesIt() {
        try (Browser admin = new Browser(web, 1440)) {
            admin.open("/");
            admin.signInAs("admin-1");
            admin.click("#call-types tr[data-call-type='discovery'] a");
            admin.screenshot("scorecards");
            admin.click("#versions tr[data-version='1'] button.secondary");

            assertThat(admin.pathOnceAt("/admin/call-types/discovery/scorecards/2")).as(admin::pageText)
                    .isEqualTo("/admin/call-types/discovery/scorecards/2");
            assertThat(admin.text("#scorecard-status")).isEqualTo("draft");
            admin.type("#q-0", "Does the rep open with an agenda and agree it with the prospect?");
            admin.click("#behaviour-0 button[type=submit]");

            assertThat(admin.text("#diff")).as("the draft against the published version 1")
                    .contains("question").contains("agree it with the prospect");
            admin.screenshot("scorecard-editor");
            admin.click("#publish");
            assertThat(admin.text("#scorecard-status")).isEqualTo("published");
        }
        JsonNode types = scorecard.get("/api/call-types", repToken).expect(200).json();
        assertThat(types.findValuesAsText("key")).contains("discovery");
        for (JsonNode type : types) {
            if (type.get("key").asText().equals("discovery")) {
                assertThat(type.get("publishedScorecardVersion").asInt()).isEqualTo(2);
            }
        }
    }

    @Test
    @Order(5)
    void aRepDisputesAVerdictAndTheCoachOverturnsItOnTheDisputesPage() {
        String disputed;
        String disputedVerdict;
        try (Browser rep = new Browser(web, 1440)) {
            rep.open("/calls/" + callId);
            rep.signInAs(REP);
            Select behaviours = new Select(rep.find("#dispute-behaviour"));
            disputed = behaviours.getOptions().get(0).getAttribute("value");
            String words = behaviours.getOptions().get(0).getText();
            disputedVerdict = words.substring(words.lastIndexOf('(') + 1, words.length() - 1).toUpperCase().replace(' ', '_');
            behaviours.selectByValue(disputed);
            rep.type("#dispute-comment", "I did this, in my own words");
            rep.click("#dispute button[type=submit]");
            assertThat(rep.find("#disputes + ul li[data-dispute]").getText()).as(rep::pageText)
                    .contains(disputed).contains("open");
        }
        try (Browser coach = new Browser(web, 1440)) {
            coach.open("/disputes");
            coach.signInAs(COACH);
            assertThat(coach.path()).startsWith("/disputes");
            String dispute = coach.find("#disputes li.card").getAttribute("id").substring("dispute-".length());
            assertThat(coach.text("#dispute-" + dispute)).contains(disputed).contains(REP).contains("in my own words");
            coach.screenshot("disputes");
            coach.click("#dispute-" + dispute + " input[value='ACCEPTED']");
            assertThat(new Select(coach.find("#verdict-" + dispute)).getFirstSelectedOption().getAttribute("value"))
                    .as("the other verdict offered").isNotEqualTo(disputedVerdict);
            coach.type("#reason-" + dispute, "The transcript shows it at 2:10");
            coach.click("#dispute-" + dispute + " button[type=submit]");
            assertThat(coach.has(".problem-message")).as(coach::pageText).isFalse();
            assertThat(coach.text("#resolved")).contains(dispute);
        }
        JsonNode revisions = scorecard.get("/api/calls/" + callId + "/scores", repToken).expect(200).json();
        JsonNode latest = revisions.get(revisions.size() - 1);
        assertThat(latest.findValuesAsText("key")).contains(disputed);
        for (JsonNode behaviour : latest.get("behaviours")) {
            if (behaviour.get("key").asText().equals(disputed)) {
                assertThat(behaviour.get("verdict").asText()).as("the overturned verdict in a new revision").isNotEqualTo(disputedVerdict);
            }
        }
    }

    @Test
    @Order(6)
    void theCoachAndAdminPagesOpenOnTheRealServicesAndFitA360PxScreen() {
        List<String> coachPages = List.of("/calibration", "/plans", "/team", "/review-queue");
        List<String> adminPages = List.of("/admin/audit?verify=true", "/admin/integrations", "/admin/call-types/discovery/suggestions",
                "/admin/deliveries");
        List<String> repPages = List.of("/calls/" + callId, "/profile", "/settings");
        for (int width : new int[] {1440, 360}) {
            try (Browser rep = new Browser(web, width)) {
                rep.open("/sign-in");
                rep.signInAs(REP);
                opensAndFits(rep, width, repPages);
            }
            try (Browser coach = new Browser(web, width)) {
                coach.open("/sign-in");
                coach.signInAs(COACH);
                opensAndFits(coach, width, coachPages);
            }
            try (Browser admin = new Browser(web, width)) {
                admin.open("/sign-in");
                admin.signInAs("admin-1");
                opensAndFits(admin, width, adminPages);
            }
        }
    }

    @Test
    @Order(7)
    void aCoachDownloadsTheTeamsScoresAsCsvFromTheTeamPage() {
        try (Browser coach = new Browser(web, 1440)) {
            coach.open("/sign-in");
            coach.signInAs(COACH);
            coach.open("/team");
            Object csv = coach.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const form = document.getElementById('scores-download');"
                    + "fetch(form.action + '?' + new URLSearchParams(new FormData(form)))"
                    + ".then(r => r.text().then(text => done(r.status + ' ' + r.headers.get('content-type') + '\\n' + text)),"
                    + " e => done('failed: ' + e));");
            assertThat((String) csv).startsWith("200 text/csv").contains("call_id,", callId);
        }
    }

    private static void opensAndFits(Browser browser, int width, List<String> pages) {
        for (String page : pages) {
            browser.open(page);
            assertThat(browser.find("main").isDisplayed()).isTrue();
            assertThat(browser.has(".problem-message")).as(page + ": " + browser.pageText()).isFalse();
            assertThat((Long) browser.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as(page + " fits a " + width + " px screen").isLessThanOrEqualTo((long) width);
            browser.screenshot(page.substring(1).replaceAll("[/?=&]", "-").replaceAll("-[0-9a-f-]{36}$", "") + (width == 360 ? "-360px" : ""));
        }
    }

    // ---------------------------------------------------------------- set-up through the APIs

    private static void letNudgesThroughAtAnyHour(String repId, String token) {
        notification.put("/api/reps/" + repId + "/preferences", token, Map.of(
                "channels", Map.of("inbox", true, "email", true, "chat", false),
                "emailAddress", repId + "@example.com", "timeZone", "UTC", "quietHours", "", "dailyCap", 100,
                "workStart", "00:00", "workEnd", "23:59:59",
                "workDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))).expect(200);
        patiently("coaching-service takes the schedule of " + repId).untilAsserted(() ->
                assertThat(coaching.get("/api/reps/" + repId + "/settings", token).expect(200).json().get("defaults").asBoolean()).isFalse());
    }

    /** A 20-minute discovery call in which the rep does everything on the starter scorecard but agree next steps. */
    private static String postCallWithoutNextSteps(String integration) {
        TranscriptGenerator.Skill allButNextSteps = new TranscriptGenerator.Skill(Map.of("process-steps", 1.0,
                "qualification", 1.0, "right-people", 1.0, "product-coverage", 1.0, "next-steps", 0.0));
        List<TranscriptGenerator.Segment> segments = new TranscriptGenerator(7).call("Nina Kowalski", "Paul Prospect", 20, allButNextSteps);
        Map<String, Object> call = Map.of(
                "externalId", "crm-" + UUID.randomUUID(), "source", "salesforce", "repId", REP, "teamId", TEAM,
                "callType", "discovery", "startedAt", Instant.now().minus(25, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString(),
                "durationSeconds", 20 * 60,
                "participants", List.of(Map.of("name", "Nina Kowalski", "role", "rep"), Map.of("name", "Paul Prospect", "role", "prospect")),
                "transcript", Map.of("format", "segments", "segments", segments));
        return scorecard.post("/api/calls", integration, call).expect(202).json().get("id").asText();
    }

    private static String stage(String repId, String behaviourKey) {
        JsonNode profile = coaching.get("/api/reps/" + repId + "/profile", repToken).expect(200).json();
        for (JsonNode behaviour : profile.get("behaviours")) {
            if (behaviour.get("behaviourKey").asText().equals(behaviourKey)) {
                return behaviour.at("/stage/stage").asText();
            }
        }
        throw new AssertionError("no " + behaviourKey + " in " + profile);
    }

    /**
     * The "Not yet" answer link of the nudge's email, from its plain-text part. Other nudges (a training unit, say) may
     * be emailed before or after it, so every received message is looked at, the latest first.
     */
    private static String awaitNotYetLink() {
        String[] link = new String[1];
        patiently("the nudge's email at the SMTP server").untilAsserted(() -> {
            MimeMessage[] received = smtp.getReceivedMessages();
            link[0] = null;
            for (int i = received.length - 1; i >= 0 && link[0] == null; i--) {
                Matcher matcher = NOT_YET_LINK.matcher(plainText(received[i]));
                if (matcher.find()) {
                    link[0] = matcher.group(1);
                }
            }
            assertThat(link[0]).as("a received email with a \"Not yet\" link").isNotNull();
        });
        return link[0];
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(plainText(body));
            }
            return text.toString();
        }
        return "";
    }

    private static ConditionFactory patiently(String what) {
        return await(what).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions();
    }
}
