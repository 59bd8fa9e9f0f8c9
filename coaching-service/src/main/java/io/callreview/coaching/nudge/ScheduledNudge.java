package io.callreview.coaching.nudge;

import io.callreview.coaching.domain.NudgePrompt;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.Texts;
import io.callreview.events.NudgeRequested;
import io.callreview.platform.persistence.NudgeActionsConverter;
import io.callreview.platform.persistence.StringListConverter;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One micro-moment in the persistent schedule. Its content is composed when it is planned (so the
 * schedule shows what will be said and why); the dispatcher re-checks the rules when it falls due.
 *
 * <p>The queries planning runs for every scored call write fixed lists of kinds and statuses into the query and ask
 * for one row where they only need to know whether there is one: Hibernate keeps no plan of a query with a list
 * parameter, nor of Panache's {@code count}, and translated them again on every call.
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

    /** The concrete thing it gives the rep to do ({@link io.callreview.coaching.rules.PracticeItem#id()}), if any. */
    @Column(name = "practice_item")
    public String practiceItem;

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

    /** The rep's earlier nudges, by dedupe key, that this one corrects (an accepted dispute's notice); null for none. */
    @Convert(converter = StringListConverter.class)
    @Column(columnDefinition = "TEXT")
    public List<String> revises;

    /**
     * What a reinforcement was planned from ({@code SpacedMoments}); null for every other nudge, and after any other
     * rewrite.
     */
    @Column(name = "plan_basis")
    public String planBasis;

    @Column(name = "counts_toward_cap", nullable = false)
    public boolean countsTowardCap;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Sent, or skipped for good: a plan can no longer rewrite it. */
    public boolean wentOutOrSkipped() {
        return status == NudgeStatus.SENT || status == NudgeStatus.SKIPPED;
    }

    public static Optional<ScheduledNudge> byDedupeKey(String dedupeKey) {
        return find("dedupeKey", dedupeKey).firstResultOptional();
    }

    public static List<ScheduledNudge> pending(String repId) {
        return list("repId = ?1 AND status = ?2 ORDER BY dueAt, id", repId, NudgeStatus.PENDING);
    }

    /** The rep's pending nudges of some kinds about each behaviour, by due time, in one statement; a behaviour without any is absent. */
    public static Map<String, List<ScheduledNudge>> pendingByBehaviour(String repId, List<NudgeRequested.Kind> kinds) {
        Map<String, List<ScheduledNudge>> byKey = new LinkedHashMap<>();
        // the kinds written into the query (enum constants, no input): one cached plan per list
        String kindList = String.join(", ", kinds.stream().map(Enum::name).toList());
        ScheduledNudge.<ScheduledNudge>list("repId = ?1 AND status = PENDING AND kind IN (" + kindList + ")"
                        + " AND behaviourKey IS NOT NULL ORDER BY dueAt, id", repId)
                .forEach(n -> byKey.computeIfAbsent(n.behaviourKey, k -> new ArrayList<>()).add(n));
        return byKey;
    }

    /** The dedupe keys of the nudges about a behaviour on one call that went out to the rep. */
    public static List<String> sentAbout(String repId, String callId, String behaviourKey) {
        return ScheduledNudge.<ScheduledNudge>list("repId = ?1 AND status = ?2 AND callId = ?3 AND behaviourKey = ?4"
                        + " ORDER BY sentAt, id", repId, NudgeStatus.SENT, callId, behaviourKey)
                .stream().map(n -> n.dedupeKey).toList();
    }

    /** The dedupe keys of the rep's nudges about a call that went out, whatever their kind. */
    public static List<String> sentOfCall(String repId, String callId) {
        return ScheduledNudge.<ScheduledNudge>list("repId = ?1 AND status = ?2 AND callId = ?3 ORDER BY sentAt, id",
                repId, NudgeStatus.SENT, callId).stream().map(n -> n.dedupeKey).toList();
    }

    /** The nudges about a call still waiting to go out, whatever their kind. */
    public static List<ScheduledNudge> pendingOfCall(String repId, String callId) {
        return list("repId = ?1 AND status = ?2 AND callId = ?3 ORDER BY dueAt, id", repId, NudgeStatus.PENDING, callId);
    }

    public static List<ScheduledNudge> pendingDue(String repId, Instant now) {
        return list("repId = ?1 AND status = ?2 AND dueAt <= ?3 ORDER BY dueAt, id", repId, NudgeStatus.PENDING, now);
    }

    /** Whether a reinforcement or quiz about the behaviour went out at or after {@code since}. */
    public static boolean spacedSentSince(String repId, String behaviourKey, Instant since) {
        return !getEntityManager().createQuery("SELECT n.id FROM ScheduledNudge n WHERE n.repId = ?1 AND n.behaviourKey = ?2"
                        + " AND n.kind IN (REINFORCEMENT, QUIZ) AND n.status = SENT AND n.sentAt >= ?3", Long.class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKey)
                .setParameter(3, since)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Whether post-call feedback on a call that started at or after {@code since} names the behaviour, pending or sent. */
    public static boolean feedbackSince(String repId, String behaviourKey, Instant since) {
        return !getEntityManager().createQuery("SELECT n.id FROM ScheduledNudge n, ScoredCall c WHERE c.callId = n.callId"
                        + " AND c.setAside = false AND n.repId = ?1 AND n.kind = POST_CALL_FEEDBACK AND n.behaviourKey = ?2"
                        + " AND n.status IN (PENDING, SENT) AND c.callStartedAt >= ?3", Long.class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKey)
                .setParameter(3, since)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * When another nudge than {@code except} (one being rewritten; may be null) last asked the rep this kind of
     * question about a behaviour; a dropped nudge asked nothing.
     */
    public static Optional<Instant> lastAsked(String repId, String behaviourKey, NudgeRequested.ActionType type, String except) {
        return getEntityManager().createQuery("SELECT p.createdAt FROM NudgePrompt p, ScheduledNudge n"
                        + " WHERE n.nudgeId = p.nudgeId AND p.repId = ?1 AND p.behaviourKey = ?2 AND p.actionType = ?3"
                        + " AND n.status IN (PENDING, SENT) AND n.nudgeId <> ?4 ORDER BY p.createdAt DESC", Instant.class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKey)
                .setParameter(3, type)
                .setParameter(4, except == null ? "" : except)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The concrete thing the latest nudge about a behaviour, other than {@code except} (may be null), gave the rep to do. */
    public static Optional<String> lastPracticeItem(String repId, String behaviourKey, String except) {
        return getEntityManager().createQuery("SELECT n.practiceItem FROM ScheduledNudge n WHERE n.repId = ?1"
                        + " AND n.behaviourKey = ?2 AND n.practiceItem IS NOT NULL AND n.status IN (PENDING, SENT) AND n.nudgeId <> ?3"
                        + " ORDER BY n.createdAt DESC, n.id DESC", String.class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKey)
                .setParameter(3, except == null ? "" : except)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public static List<ScheduledNudge> recent(String repId, Instant since, int limit) {
        return find("repId = ?1 AND status <> ?2 AND updatedAt >= ?3 ORDER BY updatedAt DESC, id DESC",
                repId, NudgeStatus.PENDING, since).page(0, limit).list();
    }

    /** Plans a draft under its purpose: into the nudge planned for it before ({@code reuse}), else a new one. */
    static ScheduledNudge plan(Rep rep, String dedupeKey, Optional<ScheduledNudge> reuse, NudgeDraft draft, Instant now) {
        ScheduledNudge nudge = reuse.orElseGet(() -> {
            ScheduledNudge created = new ScheduledNudge();
            created.nudgeId = UUID.randomUUID().toString();
            created.createdAt = now;
            return created;
        });
        nudge.apply(dedupeKey, rep, draft, now);
        if (nudge.id == null) {
            nudge.persist();
        }
        return nudge;
    }

    /**
     * Makes this nudge (new, or one planned for the same purpose before) the pending nudge of a draft; what a
     * rewritten nudge asked goes, its new questions are recorded with {@link #ask}.
     */
    void apply(String dedupeKey, Rep rep, NudgeDraft draft, Instant now) {
        if (id != null) {
            NudgePrompt.delete("nudgeId", nudgeId);
        }
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
        practiceItem = null;
        earliestAt = draft.timing().earliestAt();
        dueAt = draft.timing().dueAt();
        expiresAt = draft.timing().expiresAt();
        countsTowardCap = draft.countsTowardCap();
        revises = null;
        planBasis = null;
        status = NudgeStatus.PENDING;
        statusReason = draft.timing().waitsForWorkingHours() ? "waiting for the rep's working hours" : null;
        updatedAt = now;
    }

    /** Records a question this nudge asks about a behaviour: the item it offers and, for a quiz, the right choice. */
    void ask(NudgeRequested.ActionType type, String behaviourKey, String itemId, String answerKey, Instant now) {
        NudgePrompt prompt = NudgePrompt.create(nudgeId, type, repId, behaviourKey, now);
        prompt.itemId = itemId;
        prompt.answerKey = answerKey;
        prompt.persist();
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
                callType, title, body, reason, actions, expiresAt, requestedAt, !countsTowardCap, revises);
    }
}
