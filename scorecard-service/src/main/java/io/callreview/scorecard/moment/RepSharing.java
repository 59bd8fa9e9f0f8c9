package io.callreview.scorecard.moment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rep's consent to let teammates hear their moments, as coaching-service last announced it. */
@Entity
@Table(name = "rep_sharing")
public class RepSharing extends PanacheEntityBase {

    @Id
    @Column(name = "rep_id")
    public String repId;

    @Column(name = "share_moments", nullable = false)
    public boolean shareMoments;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** A rep coaching-service never announced a change for shares, as it does by default. */
    static boolean shares(String repId) {
        RepSharing sharing = findById(repId);
        return sharing == null || sharing.shareMoments;
    }
}
