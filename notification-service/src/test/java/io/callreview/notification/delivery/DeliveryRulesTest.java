package io.callreview.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.ChatReceiver;
import io.callreview.notification.Inboxes;
import io.callreview.notification.Deliveries;
import io.callreview.notification.LoopbackChat;
import io.callreview.notification.Mailboxes;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.Deliveries.awaitLog;
import static io.callreview.notification.Deliveries.awaitStatus;
import static io.callreview.notification.Deliveries.setPreferences;
import static io.callreview.notification.Inboxes.awaitInInbox;
import static io.callreview.notification.Inboxes.nudgeIds;
import static io.callreview.notification.NudgeFixtures.newRep;
import static io.callreview.notification.NudgeFixtures.nudge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Quiet hours, the daily cap, expiry and the digest, with the service's clock under the test's control. */
@QuarkusTest
@TestProfile(LoopbackChat.class)
class DeliveryRulesTest {

    static ChatReceiver receiver;

    @Inject
    MutableClock clock;

    @Inject
    EventCodec codec;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    ObjectMapper mapper;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new ChatReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void quietHoursDeferEvenAnUrgentNudgeUntilTheyEnd() {
        String rep = chatRep(Map.of("timeZone", "Europe/Berlin", "quietHours", "21:00-08:00"));
        clock.set(Instant.parse("2031-03-10T21:30:00Z")); // 22:30 in Berlin
        NudgeRequested requested = nudge(rep).urgent(true).priority(NudgeRequested.Priority.HIGH).build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> deferred = awaitStatus(requested.nudgeId(), "CHAT", "DEFERRED");
        assertThat(deferred.get("reason")).isEqualTo("QUIET_HOURS");
        assertThat(deferred.get("dueAt")).isEqualTo("2031-03-11T07:00:00Z"); // 08:00 in Berlin
        awaitInInbox(rep, requested.nudgeId()); // the inbox does not interrupt, so it has it at once

        clock.set(Instant.parse("2031-03-11T06:59:59Z"));
        dispatcher.dispatchDue();
        assertThat(Deliveries.delivery(requested.nudgeId(), "CHAT").get("status")).isEqualTo("DEFERRED");
        assertThat(receiver.bodies(rep)).isEmpty();

        clock.set(Instant.parse("2031-03-11T07:00:00Z"));
        Map<String, Object> sent = awaitStatus(requested.nudgeId(), "CHAT", "SENT");
        assertThat(sent.get("sentAt")).isEqualTo("2031-03-11T07:00:00Z");
        assertThat(receiver.bodies(rep)).hasSize(1);
    }

    /** A coach accepted the rep's dispute while the feedback's chat message waited out the night. */
    @Test
    void aCorrectionMarksTheNudgeItRevisesAndKeepsWhatOfItWaitsFromGoingOut() {
        String rep = chatRep(Map.of("timeZone", "Europe/Berlin", "quietHours", "21:00-08:00"));
        clock.set(Instant.parse("2031-03-10T21:30:00Z"));
        NudgeRequested feedback = nudge(rep).title("You missed next steps").build();
        NudgeRequested untouched = nudge(rep).title("Reinforce: budget").build();
        NudgeFixtures.publish(codec, feedback);
        NudgeFixtures.publish(codec, untouched);
        awaitStatus(feedback.nudgeId(), "CHAT", "DEFERRED");
        awaitStatus(untouched.nudgeId(), "CHAT", "DEFERRED");

        NudgeRequested correction = nudge(rep).title("Your coach agreed: next steps were met")
                .revises(List.of(feedback.dedupeKey(), "feedback:never-sent")).build();
        NudgeFixtures.publish(codec, correction);

        Map<String, Object> suppressed = awaitStatus(feedback.nudgeId(), "CHAT", "SUPPRESSED");
        assertThat(suppressed.get("reason")).isEqualTo("REVISED");
        assertThat(Deliveries.delivery(untouched.nudgeId(), "CHAT").get("status")).isEqualTo("DEFERRED");
        JsonPath inbox = Inboxes.inbox(rep);
        assertThat(inbox.getInt("total")).isEqualTo(3);
        assertThat(inbox.getInt("unread")).as("the revised feedback no longer counts as unread").isEqualTo(2);
        assertThat(inbox.getString("items.find { it.nudgeId == '" + feedback.nudgeId() + "' }.revisedBy"))
                .isEqualTo(correction.nudgeId());
        assertThat(inbox.getString("items.find { it.nudgeId == '" + feedback.nudgeId() + "' }.revisedAt")).isNotNull();
        assertThat(inbox.getString("items.find { it.nudgeId == '" + untouched.nudgeId() + "' }.revisedBy")).isNull();

        clock.set(Instant.parse("2031-03-11T07:00:00Z"));
        awaitStatus(correction.nudgeId(), "CHAT", "SENT");
        awaitStatus(untouched.nudgeId(), "CHAT", "SENT");
        assertThat(receiver.bodies(rep)).hasSize(2).noneMatch(body -> body.contains("You missed next steps"));
    }

    @Test
    void dailyCapSuppressesEmailAndChatBeyondItButNotTheInboxAndResetsNextLocalDay() {
        String rep = chatRep(Map.of("dailyCap", 2, "quietHours", "", "timeZone", "America/New_York"));
        clock.set(Instant.parse("2031-03-12T16:00:00Z")); // 12:00 in New York
        String first = NudgeFixtures.publish(codec, nudge(rep).build());
        String second = NudgeFixtures.publish(codec, nudge(rep).build());
        String third = NudgeFixtures.publish(codec, nudge(rep).build());

        awaitStatus(first, "CHAT", "SENT");
        awaitStatus(second, "CHAT", "SENT");
        Map<String, Object> capped = awaitStatus(third, "CHAT", "SUPPRESSED");
        assertThat(capped.get("reason")).isEqualTo("DAILY_CAP");
        assertThat(nudgeIds(rep)).containsExactlyInAnyOrder(first, second, third);
        assertThat(receiver.bodies(rep)).hasSize(2);

        clock.set(Instant.parse("2031-03-13T05:00:00Z")); // 01:00 next day in New York
        String nextDay = NudgeFixtures.publish(codec, nudge(rep).build());
        awaitStatus(nextDay, "CHAT", "SENT");
        assertThat(receiver.bodies(rep)).hasSize(3);
    }

    @Test
    void preCallNudgeThatExpiredBeforeArrivingIsSuppressedEverywhere() {
        String rep = chatRep(Map.of("quietHours", ""));
        clock.set(Instant.parse("2031-03-14T14:00:00Z"));
        NudgeRequested late = nudge(rep).kind(NudgeRequested.Kind.PRE_CALL).urgent(true)
                .expiresAt(Instant.parse("2031-03-14T13:59:00Z")).build();

        NudgeFixtures.publish(codec, late);

        var log = awaitLog(late.nudgeId());
        assertThat(log.getList("deliveries.status")).containsOnly("SUPPRESSED");
        assertThat(log.getList("deliveries.reason")).containsOnly("EXPIRED");
        assertThat(log.getList("deliveries.channel")).containsExactlyInAnyOrder("INBOX", "CHAT");
        String marker = NudgeFixtures.publish(codec, nudge(rep).build());
        awaitInInbox(rep, marker);
        assertThat(nudgeIds(rep)).doesNotContain(late.nudgeId());
        awaitStatus(marker, "CHAT", "SENT");
        assertThat(receiver.bodies(rep)).hasSize(1);
    }

    @Test
    void preCallNudgeThatQuietHoursWouldHoldPastItsCallIsSuppressed() {
        String rep = chatRep(Map.of("timeZone", "UTC", "quietHours", "21:00-08:00"));
        clock.set(Instant.parse("2031-03-15T22:00:00Z"));
        NudgeRequested requested = nudge(rep).kind(NudgeRequested.Kind.PRE_CALL)
                .expiresAt(Instant.parse("2031-03-16T07:30:00Z")).build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> chat = awaitStatus(requested.nudgeId(), "CHAT", "SUPPRESSED");
        assertThat(chat.get("reason")).isEqualTo("EXPIRED");
        assertThat(Deliveries.delivery(requested.nudgeId(), "INBOX").get("status")).isEqualTo("SENT");
    }

    @Test
    void nudgeThatExpiresWhileItsRetriesWaitIsSuppressed() {
        String rep = chatRep(Map.of("quietHours", ""));
        receiver.answerAlways(rep, 503);
        Instant now = Instant.parse("2031-03-17T10:00:00Z");
        clock.set(now);
        NudgeRequested requested = nudge(rep).kind(NudgeRequested.Kind.PRE_CALL)
                .expiresAt(now.plus(Duration.ofMinutes(10))).build();

        NudgeFixtures.publish(codec, requested);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> chat = Deliveries.delivery(requested.nudgeId(), "CHAT");
            assertThat(chat.get("attempts")).isEqualTo(1);
            assertThat(chat.get("status")).isEqualTo("PENDING");
            assertThat(chat.get("reason")).isEqualTo("RETRY_BACKOFF");
        });
        clock.set(now.plus(Duration.ofMinutes(11)));
        Map<String, Object> expired = awaitStatus(requested.nudgeId(), "CHAT", "SUPPRESSED");
        assertThat(expired.get("reason")).isEqualTo("EXPIRED");
        assertThat(expired.get("attempts")).isEqualTo(1);
    }

    @Test
    void lowPriorityNudgesAreGatheredIntoOneDigestWhileOthersGoAtOnce() throws Exception {
        String rep = newRep();
        String address = rep + "@example.com";
        setPreferences(rep, Map.of("channels", Map.of("chat", true, "email", true), "chatWebhookUrl", receiver.urlFor(rep),
                "emailAddress", address, "quietHours", "", "timeZone", "UTC", "digest", Map.of("enabled", true, "hour", 9)));
        clock.set(Instant.parse("2031-03-18T12:00:00Z"));
        String lowA = NudgeFixtures.publish(codec, nudge(rep).priority(NudgeRequested.Priority.LOW).title("Reinforce: next steps").build());
        String lowB = NudgeFixtures.publish(codec, nudge(rep).priority(NudgeRequested.Priority.LOW).title("Reinforce: budget").build());
        String lowC = NudgeFixtures.publish(codec, nudge(rep).priority(NudgeRequested.Priority.LOW).title("Reinforce: timing").build());
        String urgentLow = NudgeFixtures.publish(codec, nudge(rep).priority(NudgeRequested.Priority.LOW).urgent(true)
                .title("Urgent low").build());
        String normal = NudgeFixtures.publish(codec, nudge(rep).title("Normal one").build());

        awaitStatus(normal, "CHAT", "SENT");
        awaitStatus(urgentLow, "CHAT", "SENT");
        for (String low : List.of(lowA, lowB, lowC)) {
            for (String channel : List.of("CHAT", "EMAIL")) {
                Map<String, Object> deferred = awaitStatus(low, channel, "DEFERRED");
                assertThat(deferred.get("reason")).isEqualTo("DIGEST");
                assertThat(deferred.get("dueAt")).isEqualTo("2031-03-19T09:00:00Z");
            }
        }
        assertThat(receiver.bodies(rep)).hasSize(2);

        clock.set(Instant.parse("2031-03-19T09:00:00Z"));
        Map<String, String> digestIds = new HashMap<>();
        for (String low : List.of(lowA, lowB, lowC)) {
            for (String channel : List.of("CHAT", "EMAIL")) {
                digestIds.put(low + channel, (String) awaitStatus(low, channel, "SENT").get("digestId"));
            }
        }
        assertThat(digestIds.values()).doesNotContainNull();
        assertThat(digestIds.entrySet().stream().filter(e -> e.getKey().endsWith("CHAT")).map(Map.Entry::getValue).distinct()).hasSize(1);
        assertThat(digestIds.entrySet().stream().filter(e -> e.getKey().endsWith("EMAIL")).map(Map.Entry::getValue).distinct()).hasSize(1);

        List<String> posts = receiver.bodies(rep);
        assertThat(posts).hasSize(3);
        JsonNode digest = mapper.readTree(posts.get(2));
        assertThat(digest.get("text").asText()).isEqualTo("Your coaching digest: 3 nudges");
        assertThat(digest.at("/blocks/0/text/text").asText()).isEqualTo("Your coaching digest: 3 nudges");
        assertThat(digest.get("blocks").toString()).contains("*Reinforce: next steps*", "*Reinforce: budget*", "*Reinforce: timing*");

        List<Mailboxes.ReceivedMail> mails = Mailboxes.awaitMail(address, 3);
        assertThat(mails).extracting(Mailboxes.ReceivedMail::subject)
                .containsExactlyInAnyOrder("Coaching: Normal one", "Coaching: Urgent low", "Coaching: your digest of 3 nudges");
        Mailboxes.ReceivedMail digestMail = mails.stream().filter(m -> m.subject().contains("digest")).findFirst().orElseThrow();
        assertThat(digestMail.html()).contains("Your coaching digest", "Reinforce: next steps", "Reinforce: budget", "Reinforce: timing");
        assertThat(digestMail.text()).contains("YOUR COACHING DIGEST", "Reinforce: next steps", "Reinforce: budget", "Reinforce: timing");
    }

    private static String chatRep(Map<String, Object> extra) {
        String rep = newRep();
        Map<String, Object> preferences = new HashMap<>(extra);
        preferences.put("channels", Map.of("chat", true));
        preferences.put("chatWebhookUrl", receiver.urlFor(rep));
        setPreferences(rep, preferences);
        return rep;
    }
}
