package io.callreview.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.callreview.devtools.TokenMinter;
import io.callreview.events.Topics;
import io.callreview.launcher.ApiClient;
import io.callreview.launcher.DemoSeeder;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.ServiceProcess;
import io.callreview.launcher.TranscriptGenerator;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite as it runs in production, on one machine: a real Kafka broker (its own JVM), an embedded
 * MariaDB and the three services as separate processes from their packaged jars, with email going to an
 * SMTP server this test runs. A HubSpot-signed call is accepted, graded in scorecard-service's consumer group and
 * travels on to coaching and to the rep's inbox and mailbox, the rep's self-assessment travels back to coaching, and
 * nudges survive coaching-service being killed between two calls, exactly once. Last, the demo of
 * {@code deploy/local/run.sh --demo} seeds its team.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteFlowIT {

    private static final Path HOME = Path.of(System.getProperty("callreview.it.home", "target/suite-it")).toAbsolutePath();
    private static final String TEAM = "team-east";
    private static final String CALL_TYPE = "discovery";

    @RegisterExtension
    static final SuiteLogsOnFailure LOGS = new SuiteLogsOnFailure(HOME.resolve("logs"));

    private static GreenMail smtp;
    private static LocalSuite suite;
    private static ApiClient scorecard;
    private static ApiClient coaching;
    private static ApiClient notification;
    private static HubSpotSender hubspot;
    private static TokenMinter tokens;
    private static String admin;
    private static String coach;

    /** A rep of the test: their HubSpot owner id, the name they appear under in transcripts, their token and email. */
    private record Rep(String id, String owner, String name, String token, String email) {
    }

    @BeforeAll
    static void startSuite() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        LocalSuite.wipe(HOME);
        Map<String, Map<String, String>> extra = Map.of(LocalSuite.NOTIFICATION, Map.of(
                "QUARKUS_MAILER_MOCK", "false",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "SMTP_START_TLS", "DISABLED"));
        suite = LocalSuite.start(LocalSuite.Options.freePorts(Repository.root(), HOME, extra).withoutWeb());
        scorecard = new ApiClient(suite.service(LocalSuite.SCORECARD).baseUrl());
        coaching = new ApiClient(suite.service(LocalSuite.COACHING).baseUrl());
        notification = new ApiClient(suite.service(LocalSuite.NOTIFICATION).baseUrl());
        hubspot = new HubSpotSender(scorecard, suite.secrets().get("HUBSPOT_CLIENT_SECRET"));
        tokens = suite.tokenMinter();
        admin = tokens.mint("admin-1", "admin", List.of(), Duration.ofHours(1));
        coach = tokens.mint("coach-ana", "coach", List.of(TEAM), Duration.ofHours(1));

        scorecard.post("/api/call-types", admin, Map.of("key", CALL_TYPE, "name", "Discovery call")).expect(201);
        int version = scorecard.post("/api/call-types/" + CALL_TYPE + "/scorecards/starter", admin, null).expect(201).json().get("version").asInt();
        scorecard.post("/api/call-types/" + CALL_TYPE + "/scorecards/" + version + "/publish", admin, null).expect(200);
        scorecard.put("/api/integrations/hubspot/settings", admin, Map.of("defaultCallType", CALL_TYPE, "topicRules", List.of())).expect(200);
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
    void aHubSpotCallThatMissesACriticalBehaviourReachesTheRepAndTheirSelfAssessmentReachesCoaching() throws Exception {
        Rep rita = newRep("Rita Rep");
        String callId = postHubSpotCallWithoutNextSteps(rita, 1);

        assertThat(awaitGraded(callId).get("status").asText()).isEqualTo("AUTO_SCORED");
        JsonNode score = scorecard.get("/api/calls/" + callId + "/score", rita.token()).expect(200).json();
        assertThat(score.get("revision").asInt()).isEqualTo(1);
        assertThat(score.get("autoFailed").asBoolean()).as("a critical behaviour was missed").isTrue();
        JsonNode nextSteps = behaviour(score, "next-steps");
        assertThat(nextSteps.get("critical").asBoolean()).isTrue();
        assertThat(nextSteps.get("verdict").asText()).isEqualTo("MISSED");
        assertThat(StreamSupport.stream(score.get("behaviours").spliterator(), false).map(b -> b.get("verdict").asText()))
                .as("the call has a strength to lead the feedback with").contains("MET");

        assertThat(coaching.put("/api/reps/" + rita.id() + "/settings", rita.token(), Map.of("timeZone", "UTC")).expect(410).json()
                .get("detail").asText()).as("the old settings endpoint points to the new one")
                .contains("PUT /api/reps/" + rita.id() + "/preferences on notification-service");

        JsonNode nudge = awaitPostCallNudge(rita, callId);
        assertThat(nudge.get("behaviourKey").asText()).as("the focus of the feedback is the missed critical behaviour").isEqualTo("next-steps");
        assertThat(nudge.get("actions").findValuesAsText("type")).contains("SELF_ASSESSMENT");
        String nudgeId = nudge.get("nudgeId").asText();

        long emailDelivery = awaitSentEmailDelivery(rita, nudgeId);
        // other nudges of the call (a reflection on what went well, a practice item) may be emailed too: this one once
        await("the email at the SMTP server").atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(emailReferences(rita)).containsOnlyOnce("delivery-" + emailDelivery).doesNotHaveDuplicates());
        MimeMessage email = emailsTo(rita).get(emailReferences(rita).indexOf("delivery-" + emailDelivery));
        assertThat(email.getSubject()).contains(nudge.get("title").asText());

        assertThat(stage(rita, "next-steps").get("stage").asText())
                .as("before answering, nothing shows the rep sees the gap").isEqualTo("UNCONSCIOUSLY_INCOMPETENT");
        notification.post("/api/reps/" + rita.id() + "/inbox/" + nudgeId + "/response", rita.token(),
                Map.of("kind", "SELF_ASSESSMENT", "selfAssessment", "NO")).expect(201);
        patiently("coaching records the self-assessment").untilAsserted(() -> {
            JsonNode stage = stage(rita, "next-steps");
            assertThat(stage.get("stage").asText()).isEqualTo("CONSCIOUSLY_INCOMPETENT");
            assertThat(stage.get("basis").asText()).contains(callId).contains("said they had not done it");
        });
    }

    @Test
    @Order(2)
    void nudgesOfTwoCallsArriveExactlyOnceWhenCoachingServiceIsKilledBetweenThem() throws Exception {
        Rep sam = newRep("Sam Seller");
        ServiceProcess coachingService = suite.service(LocalSuite.COACHING);
        String first = postHubSpotCallWithoutNextSteps(sam, 2);
        patiently("coaching records the first call").untilAsserted(() ->
                assertThat(coaching.get("/api/reps/" + sam.id() + "/profile", coach).expect(200).json().get("scoredCalls").asInt()).isEqualTo(1));

        coachingService.kill();
        assertThat(coachingService.isAlive()).isFalse();
        String second = postHubSpotCallWithoutNextSteps(sam, 3);
        awaitGraded(second);
        assertThat(coachingService.isAlive()).as("the second call was scored while coaching-service was down").isFalse();
        coachingService.restartAndAwait(Duration.ofMinutes(3));

        JsonNode firstNudge = awaitPostCallNudge(sam, first);
        JsonNode secondNudge = awaitPostCallNudge(sam, second);
        long firstEmail = awaitSentEmailDelivery(sam, firstNudge.get("nudgeId").asText());
        long secondEmail = awaitSentEmailDelivery(sam, secondNudge.get("nudgeId").asText());
        awaitQuiet(sam);

        Map<String, Integer> perCall = new HashMap<>();
        for (JsonNode item : inbox(sam)) {
            perCall.merge(item.path("callId").asText(), 1, Integer::sum);
        }
        assertThat(perCall).as("inbox items per call").containsEntry(first, 1).containsEntry(second, 1);
        assertThat(emailReferences(sam)).as("one email per nudge, none twice")
                .containsOnlyOnce("delivery-" + firstEmail, "delivery-" + secondEmail).doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void theDemoSeedsATeamWhoseInboxesFillAndSeedingAgainChangesNothing() throws Exception {
        DemoSeeder demo = new DemoSeeder(suite);
        assertThat(demo.seed()).as("new calls: 22 with transcripts and one recording").isEqualTo(23);
        JsonNode roster = scorecard.get("/api/roster/teams/" + DemoSeeder.TEAM, admin).expect(200).json();
        assertThat(roster.get("coaches").toString()).as("the demo's coach may calibrate").contains(DemoSeeder.COACH);
        assertThat(roster.get("reps").findValuesAsText("displayName")).as(roster.toString())
                .contains("Maya Chen", "Leo Martins", "Nina Kowalski");

        for (String repId : List.of("rep-maya", "rep-leo", "rep-nina")) {
            String token = tokens.mint(repId, "rep", List.of(DemoSeeder.TEAM), Duration.ofHours(1));
            assertThat(notification.get("/api/reps/" + repId + "/inbox", token).expect(200).json().get("total").asInt())
                    .as("nudges in the inbox of " + repId).isPositive();
        }
        JsonNode nina = coaching.get("/api/reps/rep-nina/profile", coach).expect(200).json();
        JsonNode rightPeople = null;
        for (JsonNode behaviour : nina.get("behaviours")) {
            if (behaviour.get("behaviourKey").asText().equals("right-people")) {
                rightPeople = behaviour.get("diagnosis");
            }
        }
        assertThat(rightPeople).as("right-people in " + nina).isNotNull();
        // Maya does it on every call but has not yet said why it works: a mentor must be consciously competent, so
        // until she has, Nina's gap is treated as knowledge to train, and no mentor is named
        assertThat(rightPeople.get("approach").asText()).as(rightPeople.toString()).isEqualTo("TRAINING");
        assertThat(rightPeople.get("mentor").isNull()).as(rightPeople.toString()).isTrue();

        assertThat(demo.seed()).as("new calls when seeding again").isZero();
        assertThat(coaching.get("/api/reps/rep-nina/profile", coach).expect(200).json().get("scoredCalls").asInt()).isEqualTo(6);
    }

    // ---------------------------------------------------------------- the rep and their calls

    /**
     * A rep of team-east whose nudges go out at any hour: working hours all day, every day, no quiet hours, email on.
     * The rep sets all of it in notification-service's preferences; coaching-service follows by event.
     */
    private static Rep newRep(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = "rep-" + name.split(" ")[0].toLowerCase() + "-" + suffix;
        Rep rep = new Rep(id, "owner-" + suffix, name, tokens.mint(id, "rep", List.of(TEAM), Duration.ofHours(1)),
                id + "@example.com");
        scorecard.put("/api/integrations/hubspot/identities/" + rep.owner(), admin,
                Map.of("repId", rep.id(), "teamId", TEAM, "displayName", rep.name())).expect(200);
        notification.put("/api/reps/" + rep.id() + "/preferences", rep.token(), Map.of(
                "channels", Map.of("inbox", true, "email", true, "chat", false),
                "emailAddress", rep.email(), "timeZone", "UTC", "quietHours", "", "dailyCap", 100,
                "workStart", "00:00", "workEnd", "23:59:59",
                "workDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))).expect(200);
        patiently("coaching-service takes the schedule of " + id + " from notification-service").untilAsserted(() -> {
            JsonNode settings = coaching.get("/api/reps/" + rep.id() + "/settings", rep.token()).expect(200).json();
            assertThat(settings.get("workEnd").asText()).startsWith("23:59:59");
            assertThat(settings.get("dailyCap").asInt()).isEqualTo(100);
            assertThat(settings.get("defaults").asBoolean()).isFalse();
        });
        return rep;
    }

    /**
     * A realistic 20-minute discovery call from HubSpot in which the rep does everything on the starter
     * scorecard except agreeing next steps (critical). The webhook stores it (status GRADING) and answers at once;
     * scorecard-service's consumer group grades it afterwards: {@link #awaitGraded} waits for that.
     */
    private static String postHubSpotCallWithoutNextSteps(Rep rep, long seed) {
        TranscriptGenerator.Skill allButNextSteps = new TranscriptGenerator.Skill(Map.of("process-steps", 1.0,
                "qualification", 1.0, "right-people", 1.0, "product-coverage", 1.0, "next-steps", 0.0));
        List<TranscriptGenerator.Segment> segments = new TranscriptGenerator(seed).call(rep.name(), "Paul Prospect", 20, allButNextSteps);
        long objectId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Instant startedAt = Instant.now().minus(25, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> event = Map.of(
                "eventId", objectId, "portalId", 62515, "subscriptionType", "object.creation", "objectId", objectId,
                "occurredAt", Instant.now().toEpochMilli(),
                "properties", Map.of("hubspot_owner_id", rep.owner(), "hs_call_title", "Acme - discovery call",
                        "hs_timestamp", startedAt.toString(), "hs_call_duration", String.valueOf(20 * 60_000)),
                "participants", List.of(Map.of("name", rep.name(), "role", "rep"), Map.of("name", "Paul Prospect", "role", "prospect")),
                "transcript", Map.of("format", "segments", "segments", segments));
        JsonNode receipt = hubspot.send(ApiClient.json(List.of(event))).expect(200).json();
        assertThat(receipt.at("/events/0/outcome").asText()).isEqualTo("CREATED");
        return receipt.at("/events/0/callId").asText();
    }

    /**
     * Waits until scorecard-service has graded the call (its status leaves GRADING: revision 1 is recorded and its
     * CallScored is in the outbox), and answers the call as an admin reads it then.
     */
    private static JsonNode awaitGraded(String callId) {
        JsonNode[] graded = new JsonNode[1];
        patiently("scorecard-service grades call " + callId).untilAsserted(() -> {
            JsonNode call = scorecard.get("/api/calls/" + callId, admin).expect(200).json();
            assertThat(call.get("status").asText()).as("status of call " + callId).isNotEqualTo("GRADING");
            graded[0] = call;
        });
        return graded[0];
    }

    private static JsonNode behaviour(JsonNode score, String key) {
        for (JsonNode behaviour : score.get("behaviours")) {
            if (behaviour.get("key").asText().equals(key)) {
                return behaviour;
            }
        }
        throw new AssertionError("no behaviour " + key + " in " + score);
    }

    // ---------------------------------------------------------------- what the rep sees

    private static List<JsonNode> inbox(Rep rep) {
        JsonNode page = notification.get("/api/reps/" + rep.id() + "/inbox?size=100", rep.token()).expect(200).json();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static JsonNode awaitPostCallNudge(Rep rep, String callId) {
        List<JsonNode> found = new ArrayList<>();
        patiently("the post-call nudge of call " + callId + " in the inbox of " + rep.id()).untilAsserted(() -> {
            found.clear();
            inbox(rep).stream().filter(item -> callId.equals(item.path("callId").asText())).forEach(found::add);
            assertThat(found).hasSize(1);
        });
        JsonNode nudge = found.get(0);
        assertThat(nudge.get("kind").asText()).isEqualTo("POST_CALL_FEEDBACK");
        return nudge;
    }

    /** The id of the nudge's email delivery, once it is SENT. */
    private static long awaitSentEmailDelivery(Rep rep, String nudgeId) {
        long[] id = new long[1];
        patiently("the email delivery of nudge " + nudgeId).untilAsserted(() -> {
            JsonNode log = notification.get("/api/nudges/" + nudgeId + "/deliveries", rep.token()).expect(200).json();
            JsonNode email = null;
            for (JsonNode delivery : log.get("deliveries")) {
                if (delivery.get("channel").asText().equals("EMAIL")) {
                    email = delivery;
                }
            }
            assertThat(email).as("an email delivery in " + log).isNotNull();
            assertThat(email.get("status").asText()).as(email.toString()).isEqualTo("SENT");
            id[0] = email.get("id").asLong();
        });
        return id[0];
    }

    private static List<MimeMessage> emailsTo(Rep rep) throws MessagingException {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (jakarta.mail.Address recipient : message.getAllRecipients()) {
                if (recipient.toString().contains(rep.email())) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    private static List<String> emailReferences(Rep rep) throws MessagingException {
        List<String> references = new ArrayList<>();
        for (MimeMessage message : emailsTo(rep)) {
            references.add(message.getHeader("X-Callreview-Reference", ","));
        }
        return references;
    }

    private static JsonNode stage(Rep rep, String behaviourKey) {
        JsonNode profile = coaching.get("/api/reps/" + rep.id() + "/profile", rep.token()).expect(200).json();
        for (JsonNode behaviour : profile.get("behaviours")) {
            if (behaviour.get("behaviourKey").asText().equals(behaviourKey)) {
                return behaviour.get("stage");
            }
        }
        throw new AssertionError("no " + behaviourKey + " in the profile " + profile);
    }

    // ---------------------------------------------------------------- quiescence

    /**
     * Waits until nothing about the rep is still on its way, so counting afterwards proves "exactly once"
     * instead of "not yet twice": coaching has sent every post-call nudge it scheduled, its outbox is
     * relayed, and notification-service has consumed the nudge topic to its end.
     */
    private static void awaitQuiet(Rep rep) {
        patiently("coaching has sent the post-call nudges of " + rep.id()).untilAsserted(() -> {
            JsonNode schedule = coaching.get("/api/reps/" + rep.id() + "/schedule", coach).expect(200).json();
            assertThat(schedule.get("upcoming").findValuesAsText("kind")).doesNotContain("POST_CALL_FEEDBACK");
        });
        patiently("coaching's outbox is relayed").until(() -> unsentOutboxRows("coaching") == 0);
        patiently("notification-service consumed every nudge").until(SuiteFlowIT::nudgeTopicConsumed);
    }

    private static long unsentOutboxRows(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(suite.database().jdbcUrl(database), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean nudgeTopicConsumed() throws Exception {
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets("notification-service")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            kafka.describeTopics(List.of(Topics.NUDGE_REQUESTED)).allTopicNames().get().get(Topics.NUDGE_REQUESTED).partitions()
                    .forEach(p -> latest.put(new TopicPartition(Topics.NUDGE_REQUESTED, p.partition()), OffsetSpec.latest()));
            for (var end : kafka.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                long consumed = at == null ? 0 : at.offset();
                if (consumed < end.getValue().offset()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Generous: the machine is small and shared; correctness never depends on how long it takes. */
    private static ConditionFactory patiently(String what) {
        return await(what).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions();
    }
}
