package io.callreview.coaching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rep paired with a teammate who is consciously competent and consistent at a behaviour the rep needs mentoring on,
 * with the mentor's example moment (only when the mentor shares their moments).
 */
@Entity
@Table(name = "mentoring_pairing")
public class MentoringPairing extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    public String mentorId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "behaviour_key", nullable = false, updatable = false)
    public String behaviourKey;

    @Column(name = "call_type", nullable = false)
    public String callType;

    @Column(nullable = false)
    public String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentoringStatus status;

    /** Why: the diagnosis, in words, and why this mentor. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "example_call_id")
    public String exampleCallId;

    @Column(name = "example_at_ms")
    public Long exampleAtMs;

    @Column(name = "example_quote")
    public String exampleQuote;

    @Column(name = "paired_at", nullable = false, updatable = false)
    public Instant pairedAt;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "met_recorded_by")
    public String metRecordedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Why it was withdrawn. */
    @Column(name = "end_reason")
    public String endReason;

    public boolean withdrawn() {
        return status == MentoringStatus.WITHDRAWN;
    }

    /**
     * Takes a call's moment out of the pairings that hold it up as the mentor's example (the call was set aside): the
     * link would lead nowhere. Answers how many changed.
     */
    public static int forgetExample(String callId, Instant now) {
        List<MentoringPairing> holding = list("exampleCallId", callId);
        holding.forEach(pairing -> {
            pairing.exampleCallId = null;
            pairing.exampleAtMs = null;
            pairing.exampleQuote = null;
            pairing.updatedAt = now;
        });
        return holding.size();
    }

    /** How many pairings each mentor was asked into since an instant, in one statement; a mentor never asked is absent. */
    public static Map<String, Long> askedSince(Collection<String> mentorIds, Instant since) {
        Map<String, Long> asked = new HashMap<>();
        if (mentorIds.isEmpty()) {
            return asked;
        }
        getEntityManager().createQuery("SELECT p.mentorId, COUNT(p) FROM MentoringPairing p WHERE p.mentorId IN ?1"
                        + " AND p.pairedAt >= ?2 GROUP BY p.mentorId", Object[].class)
                .setParameter(1, mentorIds)
                .setParameter(2, since)
                .getResultStream()
                .forEach(row -> asked.put((String) row[0], ((Number) row[1]).longValue()));
        return asked;
    }

    public static List<MentoringPairing> asMentee(String repId) {
        return list("repId = ?1 ORDER BY pairedAt DESC, id", repId);
    }

    /** The rep's pairings, as mentee or as mentor, newest first. */
    public static List<MentoringPairing> involving(String repId) {
        return list("repId = ?1 OR mentorId = ?1 ORDER BY pairedAt DESC, id", repId);
    }
}
