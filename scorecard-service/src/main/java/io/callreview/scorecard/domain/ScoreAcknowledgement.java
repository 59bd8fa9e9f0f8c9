package io.callreview.scorecard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The rep saw and accepted a score revision of their call. */
@Entity
@Table(name = "score_acknowledgement")
public class ScoreAcknowledgement extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "call_id")
        public String callId;

        @Column(name = "revision")
        public int revision;

        public Key() {
        }

        public Key(String callId, int revision) {
            this.callId = callId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.callId.equals(callId) && key.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(callId, revision);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    public Instant acknowledgedAt;
}
