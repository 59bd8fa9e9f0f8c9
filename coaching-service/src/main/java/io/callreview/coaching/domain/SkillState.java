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

    /** Shown on enough recent calls, at or above the competent adherence, and on the latest one. */
    @Column(nullable = false)
    public boolean consistent;

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

    /** Consciously competent and consistent: the target, where routine nudges stop. */
    public boolean atTarget() {
        return consistent && stage == Stage.CONSCIOUSLY_COMPETENT;
    }

    public static Optional<SkillState> find(String repId, String behaviourKey) {
        return findByIdOptional(new Key(repId, behaviourKey));
    }

    public static List<SkillState> forRep(String repId) {
        return list("repId = ?1 ORDER BY behaviourKey", repId);
    }

    /** A skill state with the number of its rep's scored calls. */
    public record Counted(SkillState state, long repScoredCalls) {
    }

    /**
     * The team's skill states, each with its rep's count of scored calls, read in one statement: under
     * READ COMMITTED two queries could straddle a scored call and disagree about the rep.
     */
    public static List<Counted> forTeamCounted(String teamId) {
        return getEntityManager().createQuery("SELECT s, (SELECT COUNT(c) FROM ScoredCall c WHERE c.repId = s.repId AND c.setAside = false)"
                        + " FROM SkillState s WHERE s.teamId = ?1 ORDER BY s.repId, s.behaviourKey", Object[].class)
                .setParameter(1, teamId)
                .getResultStream()
                .map(row -> new Counted((SkillState) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
