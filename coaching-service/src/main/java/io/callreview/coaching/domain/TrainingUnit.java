package io.callreview.coaching.domain;

import io.callreview.coaching.rules.PracticeItem.PeerMoment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A short training unit on one behaviour for one rep: the scorecard's guidance and examples, and moments of
 * teammates' calls where they did it well. The rep marks it done; spaced quizzes follow until it is passed.
 */
@Entity
@Table(name = "training_unit")
public class TrainingUnit extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "behaviour_key", nullable = false, updatable = false)
    public String behaviourKey;

    @Column(name = "call_type", nullable = false)
    public String callType;

    @Column(nullable = false)
    public String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingStatus status;

    /** Why it was assigned: the diagnosis, in words. */
    @Column(nullable = false)
    public String reason;

    public String guidance;

    @Convert(converter = StringListConverter.class)
    @Column(name = "guidance_points", nullable = false, columnDefinition = "LONGTEXT")
    public List<String> guidancePoints;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<String> examples;

    @Convert(converter = PeerMomentsConverter.class)
    @Column(name = "peer_moments", nullable = false, columnDefinition = "LONGTEXT")
    public List<PeerMoment> peerMoments;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    public Instant assignedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    /** When it was passed or withdrawn. */
    @Column(name = "ended_at")
    public Instant endedAt;

    /** Why it was passed or withdrawn, in the rep's words. */
    @Column(name = "end_reason", length = 1000)
    public String endReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<TrainingUnit> forRep(String repId) {
        return list("repId = ?1 ORDER BY assignedAt DESC, id", repId);
    }

    public boolean open() {
        return status == TrainingStatus.ASSIGNED || status == TrainingStatus.DONE;
    }

    public boolean quizzing() {
        return status == TrainingStatus.DONE;
    }
}
