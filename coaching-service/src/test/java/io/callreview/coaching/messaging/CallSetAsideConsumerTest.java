package io.callreview.coaching.messaging;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.TrainingStatus;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.nudge.NudgeDispatcher;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.events.CallSetAside;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Topics;
import io.callreview.platform.audit.AuditEntry;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.awaitSchedule;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A call an admin set aside in scorecard-service (CallSetAside, through the real broker) leaves the rep's coaching: its
 * verdicts no longer count in the skill states, its feedback still waiting is withdrawn, and a score of it that comes
 * later, or again, changes nothing.
 */
@QuarkusTest
class CallSetAsideConsumerTest {

    /** Outside the rep's working hours (09:00-17:30 UTC by default): post-call feedback waits for the morning. */
    private static final Instant WEDNESDAY_EVENING = Instant.parse("2030-05-15T20:00:00Z");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    CallSettingAside settingAside;

    @Inject
    NudgeDispatcher dispatcher;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRepsSkillsNoLongerCountTheCallAndItsWaitingFeedbackIsWithdrawn() {
        clock.set(WEDNESDAY_EVENING);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        team.send(team.call(rep, WEDNESDAY_EVENING.minus(Duration.ofDays(1))).met("ask-budget").met("next-steps"));
        Scenario.Call testCall = team.call(rep, WEDNESDAY_EVENING.minus(Duration.ofHours(1))).missed("ask-budget").met("next-steps");
        team.send(testCall);
        JsonPath before = awaitProfile(rep, p -> Integer.valueOf(2).equals(path(behaviour(p, "ask-budget"), "record.reviews")));
        assertThat(path(behaviour(before, "ask-budget"), "record.missed")).isEqualTo(1);
        assertThat(before.getInt("scoredCalls")).isEqualTo(2);
        awaitSchedule(rep, s -> "PENDING".equals(postCallFeedback(s, testCall.id()).map(n -> n.get("status")).orElse(null)));

        EventEnvelope<CallSetAside> envelope = team.send(EventContract.CALL_SET_ASIDE, setAside(team, testCall, rep));

        JsonPath after = awaitProfile(rep, p -> p.getInt("scoredCalls") == 1);
        assertThat(path(behaviour(after, "ask-budget"), "record.reviews")).isEqualTo(1);
        assertThat(path(behaviour(after, "ask-budget"), "record.missed")).isEqualTo(0);
        assertThat(path(behaviour(after, "next-steps"), "record.reviews")).isEqualTo(1);
        Map<String, Object> feedback = postCallFeedback(awaitSchedule(rep, s -> true), testCall.id()).orElseThrow();
        assertThat(feedback.get("status")).isEqualTo("CANCELLED");
        assertThat(feedback.get("statusReason")).isEqualTo(NudgeRules.CALL_SET_ASIDE);
        List<AuditEntry> audited = audited(testCall.id());
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).action).isEqualTo("CALL_SET_ASIDE");
        assertThat(audited.get(0).actorId).isEqualTo("admin-1");
        assertThat(audited.get(0).details).containsEntry("reason", "test call").containsEntry("repId", rep)
                .containsEntry("verdictsRemoved", List.of("ask-budget", "next-steps"));

        // a coach's review of the call, and the event again, change nothing
        team.send(testCall.revisedByCoach("coach-ana").met("ask-budget").met("next-steps"));
        team.resend(EventContract.CALL_SET_ASIDE, envelope);
        assertThat(settingAside.apply(envelope)).isEqualTo(CallSettingAside.Outcome.DUPLICATE);
        team.send(team.call(rep, WEDNESDAY_EVENING.minus(Duration.ofHours(2))).met("marker"));
        JsonPath settled = awaitProfile(rep, p -> p.getList("behaviours.behaviourKey").contains("marker"));
        assertThat(path(behaviour(settled, "ask-budget"), "record.reviews")).isEqualTo(1);
        assertThat(path(behaviour(settled, "ask-budget"), "record.met")).isEqualTo(1);
        assertThat(settled.getInt("scoredCalls")).isEqualTo(2);
        assertThat(audited(testCall.id())).hasSize(1);
        assertThat(scoredCall(testCall.id()).revision).isEqualTo(1);
    }

    /** The call's feedback had gone out: the rep is told the call no longer counts, and the inbox marks the feedback. */
    @Test
    void feedbackThatWentOutIsRevisedByANoticeThatTheCallNoLongerCounts() {
        Instant wednesday10 = Instant.parse("2030-05-15T10:00:00Z");
        clock.set(wednesday10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call testCall = team.call(rep, wednesday10.minus(Duration.ofHours(1))).missed("ask-budget").met("next-steps");
        team.send(testCall);
        awaitSchedule(rep, s -> postCallFeedback(s, testCall.id()).isPresent());
        dispatcher.dispatchDue();
        awaitSchedule(rep, s -> "SENT".equals(postCallFeedback(s, testCall.id()).map(n -> n.get("status")).orElse(null)));

        team.send(EventContract.CALL_SET_ASIDE, setAside(team, testCall, rep));

        String key = NudgeRules.setAsideKey(testCall.id());
        JsonPath schedule = awaitSchedule(rep, s -> byKey(s, key).isPresent());
        Map<String, Object> notice = byKey(schedule, key).orElseThrow();
        assertThat(notice.get("title")).isEqualTo("A call no longer counts");
        assertThat((String) notice.get("body")).isEqualTo("Your discovery call of Wednesday 15 May was set aside: test call. It"
                + " no longer counts in your scores or coaching, and the feedback you had on it no longer stands.");
        assertThat(postCallFeedback(schedule, testCall.id()).orElseThrow().get("status")).as("what went out stays sent")
                .isEqualTo("SENT");
        dispatcher.dispatchDue();
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("\"" + key + "\""), 1, Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value())
                        .contains("\"revises\":[\"" + NudgeRules.postCallKey(testCall.id()) + "\"]"));
    }

    /**
     * A new rep met the behaviour on a real call and missed it on a test call: training was assigned ("only 2 scored
     * calls so far"). With the test call set aside the rep met it on every call that counts, so the unit goes too.
     */
    @Test
    void trainingThatOnlyTheCallJustifiedIsWithdrawn() {
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        team.send(team.call(rep, Instant.now().minus(Duration.ofHours(5))).met("ask-budget"));
        Scenario.Call testCall = team.call(rep, Instant.now().minus(Duration.ofHours(4))).missed("ask-budget");
        team.send(testCall);
        await().atMost(Duration.ofSeconds(30)).until(() -> trainingOf(rep, "ask-budget").map(u -> u.status)
                .orElse(null) == TrainingStatus.ASSIGNED);

        team.send(EventContract.CALL_SET_ASIDE, setAside(team, testCall, rep));

        await().atMost(Duration.ofSeconds(30)).until(() -> trainingOf(rep, "ask-budget").map(u -> u.status)
                .orElse(null) == TrainingStatus.WITHDRAWN);
        assertThat(awaitProfile(rep, p -> p.getInt("scoredCalls") == 1).getString("behaviours.find { it.behaviourKey == 'ask-budget' }"
                + ".diagnosis.approach")).isNotEqualTo("TRAINING");
    }

    /**
     * A new rep's only scored call led to training ("only 1 scored call so far"). Set aside, it leaves no skill state
     * behind: the unit goes all the same, and its notice, still settling, never goes out.
     */
    @Test
    void trainingThatANewRepsOnlyCallJustifiedIsWithdrawnWithItsNotice() {
        Instant wednesday10 = Instant.parse("2030-05-15T10:00:00Z");
        clock.set(wednesday10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call testCall = team.call(rep, wednesday10.minus(Duration.ofHours(1))).met("open-agenda").missed("next-steps");
        team.send(testCall);
        await().atMost(Duration.ofSeconds(30)).until(() -> trainingOf(rep, "next-steps").map(u -> u.status)
                .orElse(null) == TrainingStatus.ASSIGNED);
        String noticeKey = "training:" + trainingOf(rep, "next-steps").orElseThrow().id;
        awaitSchedule(rep, s -> "PENDING".equals(byKey(s, noticeKey).map(n -> n.get("status")).orElse(null)));

        team.send(EventContract.CALL_SET_ASIDE, setAside(team, testCall, rep));

        // the set-aside is one transaction: once the profile shows it, the units show it too
        assertThat(awaitProfile(rep, p -> p.getInt("scoredCalls") == 0).getList("behaviours")).isEmpty();
        TrainingUnit unit = trainingOf(rep, "next-steps").orElseThrow();
        assertThat(unit.status).isEqualTo(TrainingStatus.WITHDRAWN);
        assertThat(unit.endReason).isEqualTo("No longer needed: none of the rep's calls that count grade the behaviour.");
        assertThat(unitsOf(rep)).allSatisfy(u -> assertThat(u.status).isEqualTo(TrainingStatus.WITHDRAWN));

        clock.set(wednesday10.plus(Duration.ofMinutes(15)));
        dispatcher.dispatchDue();
        Map<String, Object> notice = byKey(awaitSchedule(rep, s -> true), noticeKey).orElseThrow();
        assertThat(notice.get("status")).isEqualTo("CANCELLED");
        assertThat((String) notice.get("statusReason")).startsWith("the training unit was withdrawn.");
    }

    /** CallScored and CallSetAside travel on different topics: a set-aside that comes first still wins. */
    @Test
    void aCallSetAsideBeforeItsScoreArrivesIsNeverCounted() {
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call testCall = team.call(rep, Instant.now().minus(Duration.ofHours(3))).missed("ask-budget");
        team.send(EventContract.CALL_SET_ASIDE, setAside(team, testCall, rep));
        await().atMost(Duration.ofSeconds(30)).until(() -> scoredCall(testCall.id()) != null);
        assertThat(scoredCall(testCall.id()).setAside).isTrue();

        team.send(testCall);
        team.send(team.call(rep, Instant.now().minus(Duration.ofHours(2))).met("marker"));
        JsonPath profile = awaitProfile(rep, p -> p.getList("behaviours.behaviourKey").contains("marker"));

        assertThat(profile.getList("behaviours.behaviourKey")).doesNotContain("ask-budget");
        assertThat(profile.getInt("scoredCalls")).isEqualTo(1);
        assertThat(postCallFeedback(awaitSchedule(rep, s -> true), testCall.id())).isEmpty();
        assertThat(scoredCall(testCall.id()).revision).isZero();
    }

    @Test
    void aSetAsideThatCannotBeReadGoesToTheDeadLetterTopic() {
        String rep = new Scenario(codec).newRep();
        String poison = "{\"eventId\": \"" + java.util.UUID.randomUUID() + "\", \"type\": \"CallSetAside\", \"schemaVersion\": 1,"
                + " \"occurredAt\": \"2030-01-01T00:00:00Z\", \"payload\": {\"repId\": \"" + rep + "\"}}";
        KafkaTestClient.send(Topics.CALL_SET_ASIDE, rep, poison);
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER,
                r -> poison.equals(r.value()), Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("invalid CallSetAside").contains("callId");
    }

    private static CallSetAside setAside(Scenario team, Scenario.Call call, String rep) {
        return new CallSetAside(call.id(), rep, team.teamId(), Scenario.DISCOVERY, call.startedAt(), "test call", "admin-1",
                Instant.now());
    }

    private static Optional<TrainingUnit> trainingOf(String rep, String behaviourKey) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingUnit.<TrainingUnit>find("repId = ?1 AND behaviourKey = ?2",
                rep, behaviourKey).firstResultOptional());
    }

    private static List<TrainingUnit> unitsOf(String rep) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingUnit.<TrainingUnit>list("repId", rep));
    }

    private static ScoredCall scoredCall(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> ScoredCall.<ScoredCall>findById(callId));
    }

    private static List<AuditEntry> audited(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("callId", callId));
    }

    private static Optional<Map<String, Object>> postCallFeedback(JsonPath schedule, String callId) {
        return byKey(schedule, NudgeRules.postCallKey(callId));
    }

    private static Optional<Map<String, Object>> byKey(JsonPath schedule, String dedupeKey) {
        List<Map<String, Object>> all = new ArrayList<>(schedule.<Map<String, Object>>getList("upcoming"));
        all.addAll(schedule.<Map<String, Object>>getList("recent"));
        return all.stream().filter(n -> dedupeKey.equals(n.get("dedupeKey"))).findFirst();
    }
}
