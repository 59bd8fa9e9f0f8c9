package io.callreview.scorecard.suggestion;

import io.callreview.scorecard.domain.CallType;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence from a reviewed call, suggested as an example (the grader missed the behaviour there) or a
 * counter-example (the grader counted it wrongly) for one behaviour of a call type's scorecard.
 */
@Entity
@Table(name = "example_suggestion")
public class ExampleSuggestion extends PanacheEntityBase {

    /** What the sentence would teach: the behaviour, what is not the behaviour, or what does not make it apply. */
    public enum Kind { EXAMPLE, COUNTER_EXAMPLE, PRECONDITION_COUNTER_EXAMPLE }

    public enum Status { PENDING, ACCEPTED, REJECTED }

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_type_id", nullable = false, updatable = false)
    public CallType callType;

    @Column(name = "behaviour_key", nullable = false, updatable = false)
    public String behaviourKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(nullable = false, updatable = false, length = 300)
    public String text;

    @Column(name = "call_id", nullable = false, updatable = false)
    public String callId;

    @Column(name = "review_id", nullable = false, updatable = false)
    public String reviewId;

    @Column(name = "at_ms", nullable = false, updatable = false)
    public long atMs;

    @Column(name = "scorecard_version", nullable = false, updatable = false)
    public int scorecardVersion;

    @Column(name = "coach_id", nullable = false, updatable = false)
    public String coachId;

    @Column(length = 2000, updatable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "draft_version")
    public Integer draftVersion;

    public static List<ExampleSuggestion> of(CallType type, Status status, String behaviourKey) {
        StringBuilder query = new StringBuilder("callType = ?1");
        List<Object> parameters = new ArrayList<>(List.of(type));
        if (status != null) {
            parameters.add(status);
            query.append(" AND status = ?").append(parameters.size());
        }
        if (behaviourKey != null) {
            parameters.add(behaviourKey);
            query.append(" AND behaviourKey = ?").append(parameters.size());
        }
        return list(query + " ORDER BY createdAt DESC, id", parameters.toArray());
    }

    public static boolean exists(String reviewId, String behaviourKey, Kind kind, long atMs) {
        return count("reviewId = ?1 AND behaviourKey = ?2 AND kind = ?3 AND atMs = ?4", reviewId, behaviourKey, kind, atMs) > 0;
    }
}
