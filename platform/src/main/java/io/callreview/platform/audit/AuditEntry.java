package io.callreview.platform.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.platform.persistence.JsonColumnConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who did what to which object, and when, with the before and after where it matters.
 * Immutable: Hibernate never issues an UPDATE for it, and nothing in the service deletes it.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    public String actorId;

    @Column(name = "actor_roles", updatable = false)
    public String actorRoles;

    /** The name of the service's {@link AuditedAction}. */
    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    public String entityId;

    /** The call the entry concerns, where there is one (scorecard-service's calls). */
    @Column(name = "call_id", updatable = false)
    public String callId;

    /** Place in the hash chain; null for entries written before the chain existed. */
    @Column(name = "sequence", updatable = false)
    public Long sequence;

    @Column(name = "previous_hash", updatable = false)
    public String previousHash;

    @Column(name = "entry_hash", updatable = false)
    public String entryHash;

    @Convert(converter = DetailsColumn.class)
    @Column(columnDefinition = "LONGTEXT", updatable = false)
    public Map<String, Object> details;

    /** Stores the details as a JSON object column. */
    @Converter
    public static class DetailsColumn extends JsonColumnConverter<Map<String, Object>> {
        public DetailsColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
