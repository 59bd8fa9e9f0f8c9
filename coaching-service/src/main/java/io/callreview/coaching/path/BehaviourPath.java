package io.callreview.coaching.path;

import io.callreview.coaching.rules.Phase;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The phase a rep is in at one behaviour, since when and why. */
@Entity
@Table(name = "behaviour_path")
@IdClass(BehaviourPath.Key.class)
public class BehaviourPath extends PanacheEntityBase {

    /** Composite primary key. */
    public record Key(String repId, String behaviourKey) implements Serializable {
    }

    @Id
    @Column(name = "rep_id")
    public String repId;

    @Id
    @Column(name = "behaviour_key")
    public String behaviourKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Column(nullable = false)
    public Instant since;

    @Column(nullable = false)
    public String reason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<BehaviourPath> forRep(String repId) {
        return list("repId = ?1 ORDER BY behaviourKey", repId);
    }
}
