package io.callreview.notification.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.events.EventCodec;
import io.callreview.events.EventEnvelope;
import io.callreview.events.NudgeRequested;
import io.callreview.events.Topics;
import io.callreview.notification.Inboxes;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.Inboxes.awaitInInbox;
import static io.callreview.notification.Inboxes.nudgeIds;
import static io.callreview.notification.NudgeFixtures.newRep;
import static io.callreview.notification.NudgeFixtures.nudge;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class NudgeRequestedConsumerTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void nudgeFromTheBrokerReachesTheInbox() {
        String rep = newRep();
        NudgeRequested requested = nudge(rep).title("Strong opener on the Acme call").build();

        NudgeFixtures.publish(codec, requested);

        awaitInInbox(rep, requested.nudgeId());
        var inbox = Inboxes.inbox(rep);
        assertThat(inbox.getString("items[0].title")).isEqualTo("Strong opener on the Acme call");
        assertThat(inbox.getString("items[0].reason")).contains("Next steps were missed");
        assertThat(inbox.getList("items[0].actions.type")).containsExactly("ACKNOWLEDGE", "SELF_ASSESSMENT", "OPEN_CALL_MOMENT");
        assertThat(inbox.getInt("unread")).isEqualTo(1);
    }

    /** Unlike the bodies a rep types, events are read leniently: a newer coaching-service may send more than this one reads. */
    @Test
    void anEventWithFieldsThisServiceDoesNotKnowIsStillDelivered() throws Exception {
        String rep = newRep();
        NudgeRequested requested = nudge(rep).title("Sent by a newer coaching-service").build();
        ObjectNode event = (ObjectNode) mapper.readTree(codec.encode(NudgeFixtures.envelope(requested)));
        event.put("traceParent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        ((ObjectNode) event.get("payload")).put("sentiment", "POSITIVE");

        KafkaTestClient.send(Topics.NUDGE_REQUESTED, rep, mapper.writeValueAsString(event));

        awaitInInbox(rep, requested.nudgeId());
        assertThat(Inboxes.inbox(rep).getString("items[0].title")).isEqualTo("Sent by a newer coaching-service");
    }

    @Test
    void redeliveredEventAndDuplicateRequestReachTheRepOnce() {
        String rep = newRep();
        NudgeRequested first = nudge(rep).dedupeKey("feedback:call-77").build();
        EventEnvelope<NudgeRequested> envelope = NudgeFixtures.envelope(first);
        // the same event twice (a redelivery), and a second request for the same purpose under a new event and nudge id
        NudgeFixtures.publish(codec, envelope);
        NudgeFixtures.publish(codec, envelope);
        NudgeRequested again = nudge(rep).dedupeKey("feedback:call-77").title("Same feedback, asked again").build();
        NudgeFixtures.publish(codec, again);
        // and the same nudge requested again under another dedupe key
        NudgeFixtures.publish(codec, nudge(rep).nudgeId(first.nudgeId()).dedupeKey("feedback:call-78").build());
        // records of one rep share a partition: once this one is in, the four before it were processed
        String marker = NudgeFixtures.publish(codec, nudge(rep).build());

        awaitInInbox(rep, marker);
        assertThat(nudgeIds(rep)).containsExactlyInAnyOrder(first.nudgeId(), marker);
    }

    @Test
    void sameDedupeKeyForAnotherRepIsAnotherNudge() {
        String rep = newRep();
        String colleague = newRep();
        String mine = NudgeFixtures.publish(codec, nudge(rep).dedupeKey("weekly-plan:2030-W05").build());
        String theirs = NudgeFixtures.publish(codec, nudge(colleague).dedupeKey("weekly-plan:2030-W05").build());

        awaitInInbox(rep, mine);
        awaitInInbox(colleague, theirs);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheirReasonAndConsumptionGoesOn() {
        String rep = newRep();
        KafkaTestClient.send(Topics.NUDGE_REQUESTED, rep, "{\"this is\": not json");
        NudgeRequested untitled = nudge(rep).title(" ").build();
        NudgeFixtures.publish(codec, untitled);
        String after = NudgeFixtures.publish(codec, nudge(rep).build());

        awaitInInbox(rep, after);
        var deadLetters = KafkaTestClient.awaitRecords(Topics.NOTIFICATION_DEAD_LETTER, r -> rep.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(2);
        assertThat(reason(deadLetters.get(0))).contains("not a NudgeRequested envelope");
        assertThat(deadLetters.get(0).value()).isEqualTo("{\"this is\": not json");
        assertThat(reason(deadLetters.get(1))).contains("payload.title");
        assertThat(nudgeIds(rep)).containsExactly(after);
    }

    @Test
    void nudgeThatExpiredBeforeItArrivedIsNotShown() {
        String rep = newRep();
        String expired = NudgeFixtures.publish(codec, nudge(rep).kind(NudgeRequested.Kind.PRE_CALL)
                .expiresAt(Instant.now().minus(Duration.ofMinutes(5))).build());
        String marker = NudgeFixtures.publish(codec, nudge(rep).nudgeId("marker-" + UUID.randomUUID()).build());

        awaitInInbox(rep, marker);
        assertThat(nudgeIds(rep)).doesNotContain(expired);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
