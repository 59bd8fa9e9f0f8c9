package io.callreview.coaching.messaging;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.events.CallScored;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static io.callreview.coaching.Api.schedule;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Scored calls arrive through the real broker and shape the rep's profile, idempotently and revision-aware. */
@QuarkusTest
class CallScoredConsumerTest {

    @Inject
    EventCodec codec;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(codec);
    }

    @Test
    void profileShowsRecordMemoryAndStagePerBehaviour() {
        String rep = scenario.newRep();
        Instant first = Instant.now().minus(10, ChronoUnit.DAYS);
        scenario.send(scenario.call(rep, first).missed("ask-budget").met("next-steps").notApplicable("intro"));
        scenario.send(scenario.call(rep, first.plus(3, ChronoUnit.DAYS)).met("ask-budget").met("next-steps").notApplicable("intro"));

        JsonPath profile = awaitProfile(rep, p -> p.getInt("behaviours.find { it.behaviourKey == 'ask-budget' }.record.reviews") == 2);

        assertThat(profile.getString("teamId")).isEqualTo(scenario.teamId());
        assertThat(profile.getLong("scoredCalls")).isEqualTo(2);
        assertThat(profile.getList("behaviours.behaviourKey")).containsExactly("ask-budget", "next-steps");

        Map<String, Object> budget = behaviour(profile, "ask-budget");
        assertThat(path(budget, "question")).isEqualTo(Scenario.question("ask-budget"));
        assertThat(path(budget, "record.met")).isEqualTo(1);
        assertThat(path(budget, "record.missed")).isEqualTo(1);
        assertThat(((Number) path(budget, "record.recentAdherence")).doubleValue()).isEqualTo(0.5);
        assertThat(path(budget, "record.lastVerdict")).isEqualTo("MET");

        Fsrs fsrs = Fsrs.withDefaults();
        Fsrs.MemoryState expected = fsrs.review(fsrs.review(null, 0, Fsrs.Grade.AGAIN), 3, Fsrs.Grade.GOOD);
        assertThat(((Number) path(budget, "memory.stability")).doubleValue()).isCloseTo(expected.stability(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(((Number) path(budget, "memory.difficulty")).doubleValue()).isCloseTo(expected.difficulty(), org.assertj.core.data.Offset.offset(1e-3));
        double recall = ((Number) path(budget, "memory.retrievability")).doubleValue();
        assertThat(recall).isBetween(0.0, 1.0);
        assertThat(Instant.parse((String) path(budget, "memory.recallBelowTargetAt")))
                .isCloseTo(first.plus(3, ChronoUnit.DAYS).plusMillis(Math.round(expected.stability() * 86_400_000)),
                        org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));

        assertThat(path(budget, "stage.stage")).isEqualTo("UNCONSCIOUSLY_INCOMPETENT");
        assertThat((String) path(budget, "stage.meaning")).contains("nothing shows they see the gap");
        assertThat((String) path(budget, "stage.basis")).contains("Met on 1 of the last 2 scored calls");

        Map<String, Object> nextSteps = behaviour(profile, "next-steps");
        assertThat(path(nextSteps, "record.met")).isEqualTo(2);
        assertThat(path(nextSteps, "record.reviews")).isEqualTo(2);
    }

    @Test
    void redeliveredEventChangesNothing() {
        String rep = scenario.newRep();
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
        EventEnvelope<CallScored> envelope = scenario.send(scenario.call(rep, at).missed("ask-budget"));
        scenario.resend(EventContract.CALL_SCORED, envelope);
        scenario.resend(EventContract.CALL_SCORED, envelope);
        scenario.send(scenario.call(rep, at.plus(1, ChronoUnit.HOURS)).met("marker"));

        JsonPath profile = awaitProfile(rep, p -> p.getList("behaviours.behaviourKey").contains("marker"));
        Map<String, Object> budget = behaviour(profile, "ask-budget");
        assertThat(path(budget, "record.reviews")).isEqualTo(1);
        assertThat(path(budget, "record.missed")).isEqualTo(1);
        assertThat(profile.getLong("scoredCalls")).isEqualTo(2);
        JsonPath schedule = schedule(rep);
        assertThat(schedule.getList("upcoming.dedupeKey").stream().filter(k -> ("post-call:" + envelope.payload().callId()).equals(k)).count()
                + schedule.getList("recent.dedupeKey").stream().filter(k -> ("post-call:" + envelope.payload().callId()).equals(k)).count())
                .isEqualTo(1);
    }

    @Test
    void coachRevisionReplacesTheAutomaticGradeAndAStaleRevisionIsIgnored() {
        String rep = scenario.newRep();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        Scenario.Call automatic = scenario.call(rep, at).missed("ask-budget").met("next-steps");
        scenario.send(automatic);
        awaitProfile(rep, p -> p.getList("behaviours.behaviourKey").contains("ask-budget"));

        scenario.send(automatic.revisedByCoach("coach-1").met("ask-budget").met("next-steps"));
        JsonPath revised = awaitProfile(rep, p -> Integer.valueOf(1).equals(p.get("behaviours.find { it.behaviourKey == 'ask-budget' }.record.met")));
        assertThat(path(behaviour(revised, "ask-budget"), "record.reviews")).isEqualTo(1);
        assertThat(path(behaviour(revised, "ask-budget"), "record.missed")).isEqualTo(0);

        // the automatic grade arrives again, late, as a new event: it is stale and ignored
        scenario.send(automatic.revision(1));
        scenario.send(scenario.call(rep, at.plus(1, ChronoUnit.HOURS)).met("marker"));
        JsonPath after = awaitProfile(rep, p -> p.getList("behaviours.behaviourKey").contains("marker"));
        assertThat(path(behaviour(after, "ask-budget"), "record.reviews")).isEqualTo(1);
        assertThat(path(behaviour(after, "ask-budget"), "record.met")).isEqualTo(1);
        assertThat(path(behaviour(after, "ask-budget"), "record.lastVerdict")).isEqualTo("MET");
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicWithItsReasonAndConsumptionGoesOn() {
        String rep = scenario.newRep();
        String poison = "{\"eventId\": \"not-even-a-uuid\", \"type\": \"CallScored\", \"payload\": " + rep.length() + "}";
        KafkaTestClient.send(Topics.CALL_SCORED, rep, poison);
        String invalid = codec.encode(EventEnvelope.wrap(EventContract.CALL_SCORED,
                scenario.scored(scenario.call(rep, Instant.now()).met("x")), Instant.now())).replace("\"revision\":1", "\"revision\":0");
        KafkaTestClient.send(Topics.CALL_SCORED, rep, invalid);
        scenario.send(scenario.call(rep, Instant.now().minus(1, ChronoUnit.DAYS)).met("after-poison"));

        awaitProfile(rep, p -> p.getList("behaviours.behaviourKey").contains("after-poison"));
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER,
                r -> poison.equals(r.value()), Duration.ofSeconds(30));
        assertThat(reason(dead)).contains("not a CallScored envelope");
        ConsumerRecord<String, String> deadInvalid = KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER,
                r -> invalid.equals(r.value()), Duration.ofSeconds(30));
        assertThat(reason(deadInvalid)).contains("invalid CallScored").contains("revision");
        assertThat(dead.key()).isEqualTo(rep);
    }

    @Test
    void everyConsumedTopicDeadLettersItsPoison() {
        String rep = scenario.newRep();
        String scheduledPoison = "scheduled-poison-" + rep;
        String responsePoison = "{\"eventId\": \"" + java.util.UUID.randomUUID() + "\", \"type\": \"CallScored\", \"schemaVersion\": 1,"
                + " \"occurredAt\": \"2030-01-01T00:00:00Z\", \"payload\": {\"repId\": \"" + rep + "\"}}";
        KafkaTestClient.send(Topics.CALL_SCHEDULED, rep, scheduledPoison);
        KafkaTestClient.send(Topics.REP_RESPONSE, rep, responsePoison);
        assertThat(reason(KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER, r -> scheduledPoison.equals(r.value()),
                Duration.ofSeconds(30)))).contains("not a CallScheduled envelope");
        assertThat(reason(KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER, r -> responsePoison.equals(r.value()),
                Duration.ofSeconds(30)))).contains("expected type RepResponse but got CallScored");
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
