package io.callreview.scorecard.call.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of webhook events already processed. It is claimed with {@code INSERT IGNORE} inside the
 * transaction that stores the call, so a redelivery finds it (or waits for the first delivery to commit)
 * and a rejected event leaves nothing behind.
 */
public final class WebhookDelivery {

    private WebhookDelivery() {
    }

    /** Claims the event; false when it was already processed. */
    public static boolean claim(String source, String eventId, Instant now) {
        return Panache.getEntityManager().createNativeQuery(
                        "INSERT IGNORE INTO webhook_delivery (source, event_id, received_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, source)
                .setParameter(2, eventId)
                .setParameter(3, now)
                .executeUpdate() == 1;
    }

    public static void recordCall(String source, String eventId, String callId) {
        Panache.getEntityManager().createNativeQuery(
                        "UPDATE webhook_delivery SET call_id = ?1 WHERE source = ?2 AND event_id = ?3")
                .setParameter(1, callId)
                .setParameter(2, source)
                .setParameter(3, eventId)
                .executeUpdate();
    }

    public static Optional<String> callOf(String source, String eventId) {
        return Panache.getEntityManager().createNativeQuery(
                        "SELECT call_id FROM webhook_delivery WHERE source = ?1 AND event_id = ?2")
                .setParameter(1, source)
                .setParameter(2, eventId)
                .getResultList()
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(value -> (String) value)
                .findFirst();
    }
}
