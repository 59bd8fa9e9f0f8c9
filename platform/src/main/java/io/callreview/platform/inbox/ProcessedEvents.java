package io.callreview.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The consumer side of exactly-once effects: an event id is recorded in the same transaction as the
 * effect it causes, under a unique key, so a redelivered event finds it and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records that {@code consumer} is processing {@code eventId}. Returns false when it already was:
     * the caller must then skip the effect. A concurrent duplicate blocks on the key until the first commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery(
                        "INSERT IGNORE INTO processed_event (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, consumer)
                .setParameter(2, eventId.toString())
                .setParameter(3, clock.instant())
                .executeUpdate();
        return inserted == 1;
    }
}
