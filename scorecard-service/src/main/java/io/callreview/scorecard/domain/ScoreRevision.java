package io.callreview.scorecard.domain;

import io.callreview.events.CallScored;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One score of a call. Revisions are never changed: revision 1 is the automatic grade, and every coach
 * review adds the next revision with the coach as scorer. The latest revision is the call's score.
 */
@Entity
@Table(name = "score_revision")
public class ScoreRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    public SalesCall call;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "scorer_kind", nullable = false, updatable = false)
    public CallScored.ScorerKind scorerKind;

    @Column(name = "scorer_id", updatable = false)
    public String scorerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_version_id", nullable = false, updatable = false)
    public ScorecardVersion scorecard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoreStatus status;

    @Column(name = "overall_score")
    public Double overallScore;

    @Column(name = "auto_failed", nullable = false)
    public boolean autoFailed;

    @Column(name = "review_required", nullable = false)
    public boolean reviewRequired;

    @Convert(converter = JsonColumns.Metrics.class)
    @Column(columnDefinition = "LONGTEXT")
    public ConversationMetrics metrics;

    @Column(length = 4000)
    public String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** What the coach marked as the rep's strength; null on automatic revisions, whose strength is derived. */
    @Column(name = "strength_behaviour_key", updatable = false)
    public String strengthBehaviourKey;

    @Column(name = "focus_behaviour_key", updatable = false)
    public String focusBehaviourKey;

    @Convert(converter = JsonColumns.Moments.class)
    @Column(columnDefinition = "LONGTEXT", updatable = false)
    public List<Moment> moments;

    /** The review this revision finalised, if it came from one. */
    @Column(name = "review_id", updatable = false)
    public String reviewId;

    /** The dispute whose acceptance made this revision, if any. */
    @Column(name = "dispute_id", updatable = false)
    public String disputeId;

    @OneToMany(mappedBy = "score", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<BehaviourVerdict> verdicts = new ArrayList<>();

    public static List<ScoreRevision> listFor(SalesCall call) {
        return list("call = ?1 ORDER BY revision", call);
    }

    public static Optional<ScoreRevision> latest(SalesCall call) {
        return find("call = ?1 ORDER BY revision DESC", call).firstResultOptional();
    }

    public static Optional<ScoreRevision> findRevision(SalesCall call, int revision) {
        return find("call = ?1 AND revision = ?2", call, revision).firstResultOptional();
    }

    public Optional<BehaviourVerdict> verdict(String behaviourKey) {
        return verdicts.stream().filter(v -> v.key.equals(behaviourKey)).findFirst();
    }

    public List<Moment> momentsOrEmpty() {
        return moments == null ? List.of() : moments;
    }
}
