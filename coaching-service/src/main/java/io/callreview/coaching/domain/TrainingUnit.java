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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<TrainingUnit> forRep(String repId) {
        return list("repId = ?1 ORDER BY assignedAt DESC, id", repId);
    }

    /** Every time the rep completed a unit on each of the behaviours, oldest first, in one statement; a behaviour never completed is absent. */
    public static Map<String, List<Instant>> completions(String repId, Collection<String> behaviourKeys) {
        Map<String, List<Instant>> byKey = new LinkedHashMap<>();
        if (behaviourKeys.isEmpty()) {
            return byKey;
        }
        getEntityManager().createQuery("SELECT u.behaviourKey, u.doneAt FROM TrainingUnit u WHERE u.repId = ?1"
                        + " AND u.behaviourKey IN ?2 AND u.doneAt IS NOT NULL ORDER BY u.doneAt, u.id", Object[].class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKeys)
                .getResultStream()
                .forEach(row -> byKey.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Instant) row[1]));
        return byKey;
    }

    /** The rep's current unit on each behaviour (the latest assigned, or done and quizzing), in one statement. */
    public static Map<String, TrainingUnit> openByBehaviour(String repId) {
        Map<String, TrainingUnit> byKey = new LinkedHashMap<>();
        TrainingUnit.<TrainingUnit>list("repId = ?1 AND status IN ?2 ORDER BY assignedAt DESC, id", repId,
                        List.of(TrainingStatus.ASSIGNED, TrainingStatus.DONE))
                .forEach(unit -> byKey.putIfAbsent(unit.behaviourKey, unit));
        return byKey;
    }

    public boolean open() {
        return status == TrainingStatus.ASSIGNED || status == TrainingStatus.DONE;
    }

    public boolean quizzing() {
        return status == TrainingStatus.DONE;
    }
}
