package io.callreview.scorecard.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** The first answer to a request that carried an {@code Idempotency-Key}, replayed for the same key and body. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "caller") String caller, @Column(name = "idempotency_key") String key)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String operation;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body", nullable = false, columnDefinition = "LONGTEXT")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<IdempotencyRecord> find(String caller, String key) {
        return findByIdOptional(new Key(caller, key));
    }
}
