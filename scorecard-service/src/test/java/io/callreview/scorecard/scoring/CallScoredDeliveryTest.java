package io.callreview.scorecard.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.platform.outbox.OutboxRelay;
import io.callreview.platform.outbox.OutboxSweep;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the broker unreachable, calls are still graded and their CallScored events wait in the outbox; when
 * the broker is back, each score revision arrives exactly once, in order per rep. The embedded broker is shared
 * by every test of the JVM, so "unreachable" is a producer pointed at a port where nothing listens.
 */
@QuarkusTest
class CallScoredDeliveryTest {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxSweep sweep;

    @Inject
    ObjectMapper mapper;

    @Test
    void eventsQueueWhileTheBrokerIsDownAndFlushExactlyOncePerRevision() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        List<String> callIds = new ArrayList<>();
        relay.pause();
        try {
            for (int i = 0; i < 3; i++) {
                Map<String, Object> body = CallFixtures.call(type, rep, "team-a",
                        CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments()));
                callIds.add(given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                        .when().post("/api/calls")
                        .then().statusCode(202).extract().path("id"));
            }

            // A sweep claims the lanes with pending events (up to half of them), least recently relayed first.
            try (KafkaProducer<String, String> dead = deadBrokerProducer()) {
                for (int sweepNo = 0; sweepNo < 2; sweepNo++) {
                    OutboxSweep.Result result = sweep.sweep(dead);
                    assertThat(result.sent()).isZero();
                }
            }
            assertThat(pending(rep)).extracting(event -> event.eventType)
                    .as("the three calls, after the rep's enrolment on the roster by the first of them")
                    .containsExactly("RosterChanged", "CallReceived", "CallReceived", "CallReceived");
            assertThat(QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.<OutboxEvent>list("eventKey", rep).stream().mapToInt(e -> e.attempts).sum()))
                    .as("the failed attempt is recorded on the first pending event of the rep's lane")
                    .isPositive();
        } finally {
            relay.resume();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(pending(rep)).isEmpty());
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.CALL_SCORED,
                r -> rep.equals(r.key()), 3, Duration.ofSeconds(30));
        List<JsonNode> payloads = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            payloads.add(mapper.readTree(record.value()).get("payload"));
        }
        Map<String, Long> perRevision = payloads.stream().collect(Collectors.groupingBy(
                p -> p.get("callId").asText() + "#" + p.get("revision").asInt(), Collectors.counting()));
        assertThat(perRevision).containsOnlyKeys(callIds.stream().map(id -> id + "#1").toArray(String[]::new));
        assertThat(perRevision.values()).containsOnly(1L);
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
        assertThat(payloads.stream().map(p -> p.get("callId").asText()).toList())
                .as("one rep's events leave in the order they were written")
                .containsExactlyElementsOf(callIds);
        assertThat(payloads.stream().map(p -> p.get("callId").asText())
                .collect(Collectors.toMap(Function.identity(), id -> 1, Integer::sum))).hasSize(3);
    }

    private static List<OutboxEvent> pending(String rep) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("eventKey = ?1 AND sentAt IS NULL ORDER BY id", rep));
    }

    private static KafkaProducer<String, String> deadBrokerProducer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1500,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }
}
