package io.callreview.scorecard.calibration;

import io.callreview.scorecard.domain.CallType;
import io.callreview.scorecard.domain.JsonColumns;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A calibration session: the same calls, the same behaviours, several coaches rating blind. */
@Entity
@Table(name = "calibration_session")
public class CalibrationSession extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_type_id", nullable = false, updatable = false)
    public CallType callType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CalibrationStatus status;

    @ElementCollection
    @CollectionTable(name = "calibration_call", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "call_id", nullable = false)
    public List<String> callIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "calibration_coach", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "coach_id", nullable = false)
    public Set<String> coachIds = new LinkedHashSet<>();

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "behaviour_keys", nullable = false, columnDefinition = "LONGTEXT")
    public List<String> behaviourKeys = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The session's coaches in a stable order (by id). */
    public List<String> sortedCoachIds() {
        return coachIds.stream().sorted().toList();
    }

    /** How many ratings each coach gives: one per call and calibrated behaviour. */
    public int ratingsPerCoach() {
        return callIds.size() * behaviourKeys.size();
    }
}
