package io.callreview.coaching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A coach's plan for a rep: one or two focus behaviours, a target adherence and a review date. */
@Entity
@Table(name = "coaching_plan")
public class CoachingPlan extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "coach_id", nullable = false)
    public String coachId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Convert(converter = StringListConverter.class)
    @Column(name = "focus_behaviours", nullable = false, columnDefinition = "LONGTEXT")
    public List<String> focusBehaviours;

    @Column(name = "target_adherence", nullable = false)
    public double targetAdherence;

    @Column(name = "review_date", nullable = false)
    public LocalDate reviewDate;

    public String notes;

    /** What the rep found holds them back, found with the coach's help. */
    public String blockage;

    /** What the rep and the coach agreed to do about it. */
    public String solution;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    public static Optional<CoachingPlan> activeFor(String repId) {
        return find("repId = ?1 AND status = ?2", repId, PlanStatus.ACTIVE).firstResultOptional();
    }
}
