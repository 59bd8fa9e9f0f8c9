package io.callreview.platform.outbox;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits;
 * {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EventCodec codec;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends EventPayload> EventEnvelope<T> publish(EventContract<T> contract, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.wrap(contract, payload, clock.instant());
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId().toString();
        row.topic = contract.topic();
        row.eventKey = payload.partitionKey();
        row.eventType = contract.type();
        row.payload = codec.encode(envelope);
        row.lane = OutboxEvent.laneOf(row.eventKey);
        row.createdAt = envelope.occurredAt();
        row.persist();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return envelope;
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
