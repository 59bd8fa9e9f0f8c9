package io.callreview.scorecard.scheduledcall;

import io.callreview.scorecard.domain.CallType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A call a CRM announced before it happens, so coaching can prepare the rep. */
@Entity
@Table(name = "scheduled_call")
public class ScheduledCall extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false, updatable = false)
    public String source;

    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "team_id")
    public String teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_type_id", nullable = false)
    public CallType callType;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long revision;

    public static Optional<ScheduledCall> findByExternalId(String source, String externalId) {
        return find("source = ?1 AND externalId = ?2", source, externalId).firstResultOptional();
    }
}
