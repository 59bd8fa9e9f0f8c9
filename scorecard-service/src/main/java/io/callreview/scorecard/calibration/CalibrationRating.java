package io.callreview.scorecard.calibration;

import io.callreview.events.Verdict;
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

/** One coach's verdict on one behaviour of one call in a calibration session. */
@Entity
@Table(name = "calibration_rating")
public class CalibrationRating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    public String sessionId;

    @Column(name = "coach_id", nullable = false, updatable = false)
    public String coachId;

    @Column(name = "call_id", nullable = false, updatable = false)
    public String callId;

    @Column(name = "behaviour_key", nullable = false, updatable = false)
    public String behaviourKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    public static List<CalibrationRating> of(String sessionId) {
        return list("sessionId = ?1 ORDER BY coachId, callId, behaviourKey", sessionId);
    }

    public static List<CalibrationRating> of(String sessionId, String coachId) {
        return list("sessionId = ?1 AND coachId = ?2 ORDER BY callId, behaviourKey", sessionId, coachId);
    }
}
