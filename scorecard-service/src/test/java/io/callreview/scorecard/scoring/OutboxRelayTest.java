package io.callreview.scorecard.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.CallScheduled;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Topics;
import io.callreview.platform.config.OutboxConfig;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.platform.outbox.OutboxRelay;
import io.callreview.platform.outbox.OutboxSweep;
import io.callreview.testsupport.EmbeddedKafka;
import io.callreview.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Proves the harness end to end: an outbox row written in a transaction reaches the embedded broker. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxSweep sweep;

    @Inject
    OutboxConfig config;

    @Test
    void committedEventIsPublishedKeyedByRepAndMarkedSent() throws Exception {
        String repId = "rep-" + UUID.randomUUID();
        CallScheduled scheduled = new CallScheduled(UUID.randomUUID().toString(), "crm-1", "test", repId, "team-a",
                "discovery", Instant.parse("2030-01-01T10:00:00Z"));

        EventEnvelope<CallScheduled> envelope = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(EventContract.CALL_SCHEDULED, scheduled));

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(Topics.CALL_SCHEDULED,
                r -> repId.equals(r.key()), Duration.ofSeconds(30));
        JsonNode json = mapper.readTree(record.value());
        assertThat(json.get("eventId").asText()).isEqualTo(envelope.eventId().toString());
        assertThat(json.get("type").asText()).isEqualTo("CallScheduled");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/payload/repId").asText()).isEqualTo(repId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>find("eventId", envelope.eventId().toString()).singleResult().sentAt))
                .isNotNull());
    }

    @Test
    void rolledBackEventIsNeverPublished() {
        String repId = "rep-" + UUID.randomUUID();
        CallScheduled scheduled = new CallScheduled(UUID.randomUUID().toString(), null, "test", repId, null,
                "discovery", Instant.parse("2030-01-01T10:00:00Z"));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(EventContract.CALL_SCHEDULED, scheduled);
                throw new IllegalStateException("business rule failed after the event was recorded");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        String marker = "rep-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventContract.CALL_SCHEDULED,
                new CallScheduled(UUID.randomUUID().toString(), null, "test", marker, null, "discovery", Instant.now())));
        KafkaTestClient.awaitRecord(Topics.CALL_SCHEDULED, r -> marker.equals(r.key()), Duration.ofSeconds(30));

        assertThat(KafkaTestClient.awaitRecords(Topics.CALL_SCHEDULED, r -> repId.equals(r.key()), 0, Duration.ofSeconds(2)))
                .isEmpty();
    }

    /**
     * Lanes take turns, least recently relayed first, but only lanes with something to send are claimed: the sweep a
     * commit wakes reaches the new event's lane even when eight other lanes are older in the rotation.
     */
    @Test
    void theSweepAfterACommitReachesItsLaneHoweverRecentlyThatWasRelayed() throws Exception {
        String repId = "rep-" + UUID.randomUUID();
        short lane = OutboxEvent.laneOf(repId);
        relay.pause();
        try {
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.getEntityManager()
                    .createNativeQuery("UPDATE outbox_lane SET relayed_at = '2000-01-01 00:00:00' WHERE lane <> ?1")
                    .setParameter(1, lane)
                    .executeUpdate());
            EventEnvelope<CallScheduled> envelope = QuarkusTransaction.requiringNew().call(() -> outbox.publish(
                    EventContract.CALL_SCHEDULED, new CallScheduled(UUID.randomUUID().toString(), null, "test", repId, null,
                            "discovery", Instant.parse("2030-01-01T10:00:00Z"))));

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                OutboxSweep.Result result = sweep.sweep(producer);
                assertThat(result.sent()).isPositive();
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId",
                    envelope.eventId().toString()).singleResult().sentAt)).as("sent by that one sweep").isNotNull();
        } finally {
            relay.resume();
        }
    }

    /**
     * A sweep tells the relay whether it may have left events behind, so the relay sweeps again at once only then, and
     * otherwise waits for the next commit: with events in more lanes than one sweep claims, the first sweep says so,
     * and the sweeps after it say so until every event is sent.
     */
    @Test
    void aSweepSaysWhetherItLeftEventsBehind() throws Exception {
        Map<Short, String> repsByLane = new HashMap<>();
        while (repsByLane.size() < config.lanesPerClaim() + 2) {
            String repId = "rep-" + UUID.randomUUID();
            repsByLane.putIfAbsent(OutboxEvent.laneOf(repId), repId);
        }
        relay.pause();
        try {
            List<String> eventIds = QuarkusTransaction.requiringNew().call(() -> repsByLane.values().stream()
                    .map(repId -> outbox.publish(EventContract.CALL_SCHEDULED, new CallScheduled(UUID.randomUUID().toString(),
                            null, "test", repId, null, "discovery", Instant.parse("2030-01-01T10:00:00Z"))).eventId().toString())
                    .toList());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                OutboxSweep.Result first = sweep.sweep(producer);
                assertThat(first.sent()).isGreaterThanOrEqualTo(config.lanesPerClaim());
                assertThat(first.more()).as("lanes with events were left for the next sweep").isTrue();

                OutboxSweep.Result last = first;
                for (int sweeps = 0; last.more() && sweeps < 10; sweeps++) {
                    last = sweep.sweep(producer);
                }
                assertThat(last.more()).as("every lane with events was claimed").isFalse();
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("eventId IN ?1", eventIds)))
                    .hasSize(eventIds.size()).allSatisfy(event -> assertThat(event.sentAt).isNotNull());
        } finally {
            relay.resume();
        }
    }
}
