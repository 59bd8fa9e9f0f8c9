package io.callreview.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event waiting in the database, written in the same transaction as the change it announces. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    public static final int LANES = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "event_key", nullable = false, updatable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    public String payload;

    @Column(nullable = false, updatable = false)
    public short lane;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    public static short laneOf(String key) {
        return (short) Math.floorMod(key.hashCode(), LANES);
    }
}
