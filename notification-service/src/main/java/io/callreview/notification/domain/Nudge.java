package io.callreview.notification.domain;

import io.callreview.platform.persistence.NudgeActionsConverter;
import io.callreview.events.NudgeRequested;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A nudge coaching-service asked for; when it reached the inbox it is also the rep's inbox item. */
@Entity
@Table(name = "nudge")
public class Nudge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nudge_id", nullable = false, updatable = false)
    public String nudgeId;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    public String dedupeKey;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Column(name = "team_id", updatable = false)
    public String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NudgeRequested.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NudgeRequested.Priority priority;

    public boolean urgent;

    @Column(name = "behaviour_key")
    public String behaviourKey;

    @Column(name = "call_id")
    public String callId;

    @Column(name = "call_type")
    public String callType;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String reason;

    @Convert(converter = NudgeActionsConverter.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<NudgeRequested.Action> actions;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Whether the rep's inbox shows it (the inbox was on and it had not expired on arrival). */
    @Column(name = "in_inbox", nullable = false)
    public boolean inInbox;

    @Column(name = "read_at")
    public Instant readAt;

    /** The rep's local day whose daily cap this nudge's email and chat count against; null if it counts against none. */
    @Column(name = "push_day")
    public LocalDate pushDay;

    /** The later nudge that corrected this one, and when it arrived; null while it stands. */
    @Column(name = "revised_by")
    public String revisedBy;

    @Column(name = "revised_at")
    public Instant revisedAt;

    public static Optional<Nudge> findByNudgeId(String nudgeId) {
        return find("nudgeId", nudgeId).firstResultOptional();
    }

    /** Whether the rep already has a nudge with this dedupe key, or there is one with this nudge id: one statement. */
    public static boolean requestedBefore(String repId, String dedupeKey, String nudgeId) {
        // a query of its own rather than Panache's count(), whose plan Hibernate derives again on every call
        return !getEntityManager().createQuery("SELECT n.id FROM Nudge n WHERE (n.repId = ?1 AND n.dedupeKey = ?2) OR n.nudgeId = ?3",
                        Long.class)
                .setParameter(1, repId)
                .setParameter(2, dedupeKey)
                .setParameter(3, nudgeId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The rep's nudges with these dedupe keys that no later nudge has revised yet. */
    public static List<Nudge> standing(String repId, List<String> dedupeKeys) {
        return list("repId = ?1 and dedupeKey in ?2 and revisedBy is null", repId, dedupeKeys);
    }

    public static long countPushedOn(String repId, LocalDate day) {
        return getEntityManager().createQuery("SELECT COUNT(n) FROM Nudge n WHERE n.repId = ?1 AND n.pushDay = ?2", Long.class)
                .setParameter(1, repId)
                .setParameter(2, day)
                .getSingleResult();
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean offers(NudgeRequested.ActionType type) {
        return actions.stream().anyMatch(action -> action.type() == type);
    }
}
