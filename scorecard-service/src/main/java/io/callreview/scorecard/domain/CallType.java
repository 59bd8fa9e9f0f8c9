package io.callreview.scorecard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A kind of sales call (discovery, demo, negotiation, ...), each with its own scorecard. */
@Entity
@Table(name = "call_type")
public class CallType extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "type_key", nullable = false, updatable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long revision;

    public static Optional<CallType> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
