package io.callreview.coaching.nudge;

import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.Texts;
import io.callreview.events.NudgeRequested;
import io.callreview.platform.persistence.NudgeActionsConverter;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One micro-moment in the persistent schedule. Its content is composed when it is planned (so the
 * schedule shows what will be said and why); the dispatcher re-checks the rules when it falls due.
 */
@Entity
@Table(name = "scheduled_nudge")
public class ScheduledNudge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nudge_id", nullable = false, updatable = false)
    public String nudgeId;

    /** The nudge's purpose, e.g. {@code post-call:{callId}}; unique, so a purpose is served once. */
    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "team_id")
    public String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NudgeRequested.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NudgeRequested.Priority priority;

    @Column(nullable = false)
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

    /** When the moment is right, before the rep's working hours and daily cap are applied. */
    @Column(name = "earliest_at", nullable = false)
    public Instant earliestAt;

    /** When the dispatcher will publish it. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NudgeStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "counts_toward_cap", nullable = false)
    public boolean countsTowardCap;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ScheduledNudge> byDedupeKey(String dedupeKey) {
        return find("dedupeKey", dedupeKey).firstResultOptional();
    }

    public static List<ScheduledNudge> pending(String repId) {
        return list("repId = ?1 AND status = ?2 ORDER BY dueAt, id", repId, NudgeStatus.PENDING);
    }

    public static List<ScheduledNudge> pending(String repId, NudgeRequested.Kind kind, String behaviourKey) {
        return list("repId = ?1 AND status = ?2 AND kind = ?3 AND behaviourKey = ?4 ORDER BY dueAt, id",
                repId, NudgeStatus.PENDING, kind, behaviourKey);
    }

    public static List<ScheduledNudge> pendingDue(String repId, Instant now) {
        return list("repId = ?1 AND status = ?2 AND dueAt <= ?3 ORDER BY dueAt, id", repId, NudgeStatus.PENDING, now);
    }

    public static boolean sentSince(String repId, NudgeRequested.Kind kind, String behaviourKey, Instant since) {
        return count("repId = ?1 AND kind = ?2 AND behaviourKey = ?3 AND status = ?4 AND sentAt >= ?5",
                repId, kind, behaviourKey, NudgeStatus.SENT, since) > 0;
    }

    public static List<ScheduledNudge> recent(String repId, Instant since, int limit) {
        return find("repId = ?1 AND status <> ?2 AND updatedAt >= ?3 ORDER BY updatedAt DESC, id DESC",
                repId, NudgeStatus.PENDING, since).page(0, limit).list();
    }

    /** A new nudge; {@link #apply} fills it. */
    static ScheduledNudge create(Instant now) {
        ScheduledNudge nudge = new ScheduledNudge();
        nudge.nudgeId = UUID.randomUUID().toString();
        nudge.createdAt = now;
        return nudge;
    }

    /** Makes this nudge (new, or one planned for the same purpose before) the pending nudge of a draft. */
    void apply(String dedupeKey, Rep rep, NudgeDraft draft, Instant now) {
        this.dedupeKey = dedupeKey;
        repId = rep.repId;
        teamId = rep.teamId;
        kind = draft.kind();
        priority = draft.priority();
        urgent = draft.urgent();
        behaviourKey = draft.behaviourKey();
        callId = draft.callId();
        callType = draft.callType();
        title = Texts.truncate(draft.copy().title(), 300);
        body = Texts.truncate(draft.copy().body(), 4000);
        reason = Texts.truncate(draft.copy().reason(), 2000);
        actions = draft.copy().actions();
        earliestAt = draft.timing().earliestAt();
        dueAt = draft.timing().dueAt();
        expiresAt = draft.timing().expiresAt();
        countsTowardCap = draft.countsTowardCap();
        status = NudgeStatus.PENDING;
        statusReason = draft.timing().waitsForWorkingHours() ? "waiting for the rep's working hours" : null;
        updatedAt = now;
    }

    /** Withdraws a pending nudge because its reason no longer holds; a settled one stays as it is. */
    void withdraw(String why, Instant now) {
        if (status == NudgeStatus.PENDING) {
            status = NudgeStatus.CANCELLED;
            statusReason = why;
            updatedAt = now;
        }
    }

    void skip(String why, Instant now) {
        status = NudgeStatus.SKIPPED;
        statusReason = why;
        updatedAt = now;
    }

    public NudgeRequested toEvent(Instant requestedAt) {
        return new NudgeRequested(nudgeId, dedupeKey, repId, teamId, kind, priority, urgent, behaviourKey, callId,
                callType, title, body, reason, actions, expiresAt, requestedAt);
    }
}
