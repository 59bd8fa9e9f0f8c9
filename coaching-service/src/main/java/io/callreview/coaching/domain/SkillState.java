package io.callreview.coaching.domain;

import io.callreview.coaching.rules.Stage;
import io.callreview.events.Verdict;
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
import java.util.Optional;

/** Memory (FSRS) and competence of one rep at one behaviour, derived from the verdict history. */
@Entity
@Table(name = "skill_state")
@IdClass(SkillState.Key.class)
public class SkillState extends PanacheEntityBase {

    /** Composite primary key. */
    public record Key(String repId, String behaviourKey) implements Serializable {
    }

    @Id
    @Column(name = "rep_id")
    public String repId;

    @Id
    @Column(name = "behaviour_key")
    public String behaviourKey;

    @Column(name = "team_id")
    public String teamId;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public double weight;

    /** Decided verdicts (met or missed) ever. */
    @Column(nullable = false)
    public int reviews;

    @Column(nullable = false)
    public int met;

    @Column(nullable = false)
    public int missed;

    @Column(name = "recent_met", nullable = false)
    public int recentMet;

    @Column(name = "recent_reviews", nullable = false)
    public int recentReviews;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_verdict", nullable = false)
    public Verdict lastVerdict;

    @Column(name = "last_call_type", nullable = false)
    public String lastCallType;

    @Column(nullable = false)
    public double stability;

    @Column(nullable = false)
    public double difficulty;

    @Column(name = "last_review_at", nullable = false)
    public Instant lastReviewAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    /** Why the rep is at this stage, in words. */
    @Column(name = "stage_basis", nullable = false)
    public String stageBasis;

    /** The rep said they missed it, or acknowledged feedback naming it as a gap. */
    @Column(name = "gap_acknowledged", nullable = false)
    public boolean gapAcknowledged;

    /** Set while the behaviour is one of the rep's focus behaviours. */
    @Column(name = "focus_since")
    public Instant focusSince;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public double recentAdherence() {
        return recentReviews == 0 ? 0 : (double) recentMet / recentReviews;
    }

    public boolean isFocus() {
        return focusSince != null;
    }

    public boolean isMastered() {
        return stage == Stage.UNCONSCIOUSLY_COMPETENT;
    }

    public static Optional<SkillState> find(String repId, String behaviourKey) {
        return findByIdOptional(new Key(repId, behaviourKey));
    }

    public static List<SkillState> forRep(String repId) {
        return list("repId = ?1 ORDER BY behaviourKey", repId);
    }

    public static List<SkillState> forTeam(String teamId) {
        return list("teamId = ?1 ORDER BY repId, behaviourKey", teamId);
    }
}
