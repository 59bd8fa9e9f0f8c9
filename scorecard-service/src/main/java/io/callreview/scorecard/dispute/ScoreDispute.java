package io.callreview.scorecard.dispute;

import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.SalesCall;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A rep's dispute of one behaviour's verdict in one score revision of their call, and how a coach resolved it. */
@Entity
@Table(name = "score_dispute")
public class ScoreDispute extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    public SalesCall call;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "behaviour_key", nullable = false, updatable = false)
    public String behaviourKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "disputed_verdict", nullable = false, updatable = false)
    public Verdict disputedVerdict;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "team_id", nullable = false, updatable = false)
    public String teamId;

    /** The disputed call's start, beside it: dispute statistics select a period's disputes by it (V13). */
    @Column(name = "call_started_at", nullable = false, updatable = false)
    public Instant callStartedAt;

    @Column(nullable = false, updatable = false, length = 2000)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_reason", length = 2000)
    public String resolutionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolved_verdict")
    public Verdict resolvedVerdict;

    @Column(name = "resulting_revision")
    public Integer resultingRevision;

    public static Optional<ScoreDispute> findFor(SalesCall call, int revision, String behaviourKey) {
        return find("call = ?1 AND revision = ?2 AND behaviourKey = ?3", call, revision, behaviourKey).firstResultOptional();
    }
}
