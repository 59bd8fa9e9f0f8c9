package io.callreview.coaching.path;

import io.callreview.coaching.rules.Phase;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step of a rep's path at a behaviour, with its reason; the first has no {@code from}. */
@Entity
@Table(name = "phase_move")
public class PhaseMove extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "behaviour_key", nullable = false, updatable = false)
    public String behaviourKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", updatable = false)
    public Phase from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false, updatable = false)
    public Phase to;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "moved_at", nullable = false, updatable = false)
    public Instant movedAt;

    public static List<PhaseMove> forRep(String repId) {
        return list("repId = ?1 ORDER BY movedAt, id", repId);
    }
}
