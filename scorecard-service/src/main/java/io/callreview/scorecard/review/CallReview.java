package io.callreview.scorecard.review;

import io.callreview.scorecard.domain.JsonColumns;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScorecardVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A coach's review of a call: a draft until finalised into the next score revision. */
@Entity
@Table(name = "call_review")
public class CallReview extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    public SalesCall call;

    @Column(name = "coach_id", nullable = false, updatable = false)
    public String coachId;

    /** The version the review grades against: the one the call was scored with unless the coach chose another. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_version_id", nullable = false, updatable = false)
    public ScorecardVersion scorecard;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_from", nullable = false, updatable = false)
    public ReviewStart startedFrom;

    @Column(name = "base_revision", updatable = false)
    public Integer baseRevision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Convert(converter = DraftVerdict.ListColumn.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<DraftVerdict> verdicts = new ArrayList<>();

    @Convert(converter = JsonColumns.Moments.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<Moment> moments = new ArrayList<>();

    @Column(name = "strength_behaviour_key")
    public String strengthBehaviourKey;

    @Column(name = "focus_behaviour_key")
    public String focusBehaviourKey;

    @Column(length = 4000)
    public String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    @Column(name = "finalized_revision")
    public Integer finalizedRevision;

    public static Optional<CallReview> openDraft(SalesCall call, String coachId) {
        return find("call = ?1 AND coachId = ?2 AND status = ?3", call, coachId, ReviewStatus.DRAFT).firstResultOptional();
    }

    public static List<CallReview> openDrafts(SalesCall call) {
        return list("call = ?1 AND status = ?2 ORDER BY createdAt, id", call, ReviewStatus.DRAFT);
    }

    public static List<CallReview> listFor(SalesCall call) {
        return list("call = ?1 ORDER BY createdAt, id", call);
    }

    public Optional<DraftVerdict> verdict(String behaviourKey) {
        return verdicts.stream().filter(v -> v.behaviourKey().equals(behaviourKey)).findFirst();
    }
}
