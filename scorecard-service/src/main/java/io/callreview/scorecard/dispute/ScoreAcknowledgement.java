package io.callreview.scorecard.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The rep saw and accepted a score revision of their call. */
@Entity
@Table(name = "score_acknowledgement")
public class ScoreAcknowledgement extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "call_id") String callId, @Column(name = "revision") int revision) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    public Instant acknowledgedAt;
}
