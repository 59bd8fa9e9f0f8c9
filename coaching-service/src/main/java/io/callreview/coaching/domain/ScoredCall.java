package io.callreview.coaching.domain;

import io.callreview.events.CallScored;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The highest score revision seen for a call, or a call an admin set aside: then it counts nowhere, its verdicts are
 * gone, and no later revision applies (a call set aside before coaching heard of it is a row with {@code setAside}
 * and no score).
 */
@Entity
@Table(name = "scored_call")
public class ScoredCall extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "call_type", nullable = false)
    public String callType;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "scorer_kind", nullable = false)
    public CallScored.ScorerKind scorerKind;

    @Column(name = "scorer_id")
    public String scorerId;

    @Column(name = "scorecard_version", nullable = false)
    public int scorecardVersion;

    @Column(name = "overall_score")
    public Double overallScore;

    @Column(name = "auto_failed", nullable = false)
    public boolean autoFailed;

    @Column(name = "call_started_at", nullable = false)
    public Instant callStartedAt;

    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;

    @Column(name = "recording_url")
    public String recordingUrl;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    /** The behaviour the coach marked as the rep's strength in the review this revision is. */
    @Column(name = "strength_pick")
    public String strengthPick;

    /** The behaviour the coach marked as the rep's focus in the review this revision is. */
    @Column(name = "focus_pick")
    public String focusPick;

    /** The coach's summary of the review this revision is. */
    @Column(name = "coach_summary")
    public String coachSummary;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "set_aside", nullable = false)
    public boolean setAside;

    /** The focus the coach picked in their latest review of the rep's calls, if they picked one. */
    public static Optional<String> latestCoachFocus(String repId) {
        return getEntityManager().createQuery("SELECT c.focusPick FROM ScoredCall c WHERE c.repId = ?1 AND c.scorerKind = ?2"
                        + " AND c.setAside = false ORDER BY c.scoredAt DESC, c.callId DESC", String.class)
                .setParameter(1, repId)
                .setParameter(2, CallScored.ScorerKind.COACH)
                .setMaxResults(1)
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * The rep's scored calls (not set aside), counted no further than {@code atMost}: it reads at most that many index
     * entries.
     */
    public static long countForRepUpTo(String repId, int atMost) {
        return ((Number) getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM scored_call WHERE rep_id = ?1 AND set_aside = FALSE LIMIT ?2) AS calls")
                .setParameter(1, repId)
                .setParameter(2, atMost)
                .getSingleResult()).longValue();
    }

    /** The rep's scored calls, those set aside left out. */
    public static long countForRep(String repId) {
        return count("repId = ?1 AND setAside = false", repId);
    }
}
