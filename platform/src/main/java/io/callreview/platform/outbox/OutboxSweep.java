package io.callreview.platform.outbox;

import io.callreview.platform.config.OutboxConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One pass of the relay in one transaction: lock free lanes ({@code SKIP LOCKED}, so instances never
 * share a lane), send their pending events in id order, and mark sent what the broker acknowledged.
 */
@ApplicationScoped
public class OutboxSweep {

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /**
     * What a sweep did. {@code more} when it may have left events behind: it read a full batch, or more lanes had
     * events than it claimed (beyond one claim's share, or held by another instance).
     */
    public record Result(int sent, boolean more, Exception failure) {
        boolean failed() {
            return failure != null;
        }
    }

    /** The lanes a sweep locked, and how many lanes had events to send. */
    private record Claim(List<Short> lanes, int pendingLanes) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result sweep(Producer<String, String> producer) {
        Claim claim = claimLanes();
        if (claim.lanes().isEmpty()) {
            return new Result(0, claim.pendingLanes() > 0, null);
        }
        // SQL, as the claim's: Hibernate would translate a query with a list parameter again on every sweep
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = em.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE lane IN (?1) AND sent_at IS NULL ORDER BY id LIMIT ?2", OutboxEvent.class)
                .setParameter(1, claim.lanes())
                .setParameter(2, config.batchSize())
                .getResultList();
        boolean more = pending.size() == config.batchSize() || claim.pendingLanes() > claim.lanes().size();
        return send(producer, pending, more);
    }

    /**
     * Locks free lanes that have something to send. Lanes without pending events are left alone: a sweep woken by a
     * commit then always reaches the new event's lane, and an idle sweep only reads. The pending lanes are read
     * without locks first; a lock on them would also hold the inserts of new events until the sweep ends.
     */
    private Claim claimLanes() {
        @SuppressWarnings("unchecked")
        List<Number> pending = em.createNativeQuery("SELECT DISTINCT lane FROM outbox_event WHERE sent_at IS NULL")
                .getResultList();
        if (pending.isEmpty()) {
            return new Claim(List.of(), 0);
        }
        @SuppressWarnings("unchecked")
        List<Number> locked = em.createNativeQuery("SELECT lane FROM outbox_lane WHERE lane IN (?1)"
                        + " ORDER BY relayed_at, lane LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, pending.stream().map(Number::shortValue).toList())
                .setParameter(2, config.lanesPerClaim())
                .getResultList();
        List<Short> lanes = locked.stream().map(Number::shortValue).toList();
        if (!lanes.isEmpty() && pending.size() > config.lanesPerClaim()) {
            // Lanes take turns by relayed_at when more have events than one sweep claims (when all of them fit, no
            // lane can be left behind, and the update would only cost a statement per sweep). The stamp always moves
            // past the latest one, so the rotation goes on even when the clock stands still or steps back (a frozen
            // test clock would otherwise tie every stamp and starve the higher lanes). The derived table lets MySQL
            // read the table it updates.
            em.createNativeQuery("UPDATE outbox_lane SET relayed_at = GREATEST(?1, (SELECT latest FROM"
                            + " (SELECT MAX(relayed_at) + INTERVAL 1 MICROSECOND AS latest FROM outbox_lane) AS lanes))"
                            + " WHERE lane IN (?2)")
                    .setParameter(1, clock.instant())
                    .setParameter(2, lanes)
                    .executeUpdate();
        }
        return new Claim(lanes, pending.size());
    }

    private Result send(Producer<String, String> producer, List<OutboxEvent> pending, boolean more) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        Exception failure = null;
        for (OutboxEvent event : pending) {
            try {
                acks.add(producer.send(toRecord(event)));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        int sent = 0;
        Instant now = clock.instant();
        long deadline = System.nanoTime() + config.deliveryTimeout().plusSeconds(5).toNanos();
        for (int i = 0; i < acks.size(); i++) {
            OutboxEvent event = pending.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Stop at the first failure: later events of the same lane must not overtake it.
                failure = failure == null ? e : failure;
                recordFailure(event, e);
                break;
            }
            event.sentAt = now;
            event.attempts++;
            sent++;
            meters.timer("callreview.outbox.lag", "topic", event.topic)
                    .record(Duration.between(event.createdAt, now));
        }
        if (failure != null && acks.size() < pending.size() && acks.size() == sent) {
            recordFailure(pending.get(acks.size()), failure);
        }
        meters.counter("callreview.outbox.sent").increment(sent);
        return new Result(sent, more, failure);
    }

    private static void recordFailure(OutboxEvent event, Exception e) {
        event.attempts++;
        String message = String.valueOf(e.getCause() != null ? e.getCause() : e);
        event.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey, event.payload);
        record.headers().add(new RecordHeader("eventId", event.eventId.getBytes(UTF_8)));
        record.headers().add(new RecordHeader("eventType", event.eventType.getBytes(UTF_8)));
        return record;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeSentBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM OutboxEvent WHERE sentAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
