package io.callreview.coaching.domain;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The verdict on one behaviour in the current revision of a call. */
@Entity
@Table(name = "call_verdict")
@IdClass(CallVerdict.Key.class)
public class CallVerdict extends PanacheEntityBase {

    /** Composite primary key. */
    public record Key(String callId, String behaviourKey) implements Serializable {
    }

    private static final String GRADED_COLUMNS = "SELECT v.behaviourKey, v.callId, v.teamId, v.callType, v.callStartedAt,"
            + " v.question, v.category, v.weight, v.verdict FROM CallVerdict v WHERE v.repId = :rep AND v.verdict IN :decided";

    @Id
    @Column(name = "call_id")
    public String callId;

    @Id
    @Column(name = "behaviour_key")
    public String behaviourKey;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "call_type", nullable = false)
    public String callType;

    @Column(name = "call_started_at", nullable = false)
    public Instant callStartedAt;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public double weight;

    @Column(nullable = false)
    public boolean critical;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @Column(name = "evidence_quote")
    public String evidenceQuote;

    @Column(name = "evidence_at_ms")
    public Long evidenceAtMs;

    @Column(name = "expected_at_ms")
    public Long expectedAtMs;

    /** Where a coach pinned a comment about this behaviour in the recording. */
    @Column(name = "coach_moment_at_ms")
    public Long coachMomentAtMs;

    @Column(name = "coach_comment")
    public String coachComment;

    /** The moment a link about this verdict should open: the coach's pin, where it was expected, or its evidence. */
    public Long momentAtMs() {
        if (coachMomentAtMs != null) {
            return coachMomentAtMs;
        }
        return expectedAtMs != null ? expectedAtMs : evidenceAtMs;
    }

    public boolean met() {
        return verdict == Verdict.MET;
    }

    public Graded graded() {
        return new Graded(callId, teamId, callType, callStartedAt, question, category, weight, verdict);
    }

    public static List<CallVerdict> forCall(String callId) {
        return list("callId", callId);
    }

    /** Every verdict of a rep on a behaviour, oldest call first. */
    public static List<CallVerdict> history(String repId, String behaviourKey) {
        return list("repId = ?1 AND behaviourKey = ?2 ORDER BY callStartedAt, callId", repId, behaviourKey);
    }

    /** A verdict as the rep's skill state reads it: when, on which call type, the scorecard's words, met or not. */
    public record Graded(String callId, String teamId, String callType, Instant callStartedAt, String question,
                         String category, double weight, Verdict verdict) {

        public boolean met() {
            return verdict == Verdict.MET;
        }
    }

    /**
     * The rep's history on each of the behaviours, oldest call first (as {@link #history}), read in one statement and
     * without loading the verdicts as entities; a behaviour without verdicts is absent.
     */
    public static Map<String, List<Graded>> histories(String repId, Collection<String> behaviourKeys) {
        Map<String, List<Graded>> byKey = new LinkedHashMap<>();
        if (behaviourKeys.isEmpty()) {
            return byKey;
        }
        getEntityManager().createQuery("SELECT v.behaviourKey, v.callId, v.teamId, v.callType, v.callStartedAt, v.question,"
                        + " v.category, v.weight, v.verdict FROM CallVerdict v WHERE v.repId = ?1 AND v.behaviourKey IN ?2"
                        + " ORDER BY v.callStartedAt, v.callId", Object[].class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKeys)
                .getResultStream()
                .forEach(row -> byKey.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(graded(row)));
        return byKey;
    }

    /**
     * The rep's latest decided verdicts on each behaviour, at most {@code perBehaviour} of each, and their decided verdicts
     * of the given calls; oldest call first per behaviour, as {@link #histories}. One statement whose cost does not grow
     * with the history: each behaviour's part reads backwards along the rep's index and stops.
     */
    public static Map<String, List<Graded>> latestDecided(String repId, Collection<String> behaviourKeys, int perBehaviour,
                                                          Collection<String> alsoCalls) {
        Map<String, List<Graded>> byKey = new LinkedHashMap<>();
        if (behaviourKeys.isEmpty()) {
            return byKey;
        }
        List<String> keys = List.copyOf(behaviourKeys);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            parts.add("(" + GRADED_COLUMNS + " AND v.behaviourKey = :key" + k
                    + " ORDER BY v.callStartedAt DESC, v.callId DESC LIMIT " + perBehaviour + ")");
        }
        if (!alsoCalls.isEmpty()) {
            parts.add("(" + GRADED_COLUMNS + " AND v.behaviourKey IN :keys AND v.callId IN :calls)");
        }
        var query = getEntityManager().createQuery(String.join(" UNION ALL ", parts), Object[].class)
                .setParameter("rep", repId)
                .setParameter("decided", List.of(Verdict.MET, Verdict.MISSED));
        for (int k = 0; k < keys.size(); k++) {
            query.setParameter("key" + k, keys.get(k));
        }
        if (!alsoCalls.isEmpty()) {
            query.setParameter("keys", keys).setParameter("calls", alsoCalls);
        }
        Map<String, Map<String, Graded>> distinct = new LinkedHashMap<>();
        query.getResultStream().forEach(row -> distinct.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                .putIfAbsent((String) row[1], graded(row)));
        distinct.forEach((key, rows) -> byKey.put(key, rows.values().stream()
                .sorted(Comparator.comparing(Graded::callStartedAt).thenComparing(Graded::callId))
                .toList()));
        return byKey;
    }

    private static Graded graded(Object[] row) {
        return new Graded((String) row[1], (String) row[2], (String) row[3], (Instant) row[4], (String) row[5],
                (String) row[6], ((Number) row[7]).doubleValue(), (Verdict) row[8]);
    }

    public static List<CallVerdict> forRep(String repId) {
        return list("repId = ?1 ORDER BY callStartedAt, callId", repId);
    }

    /** The rep's latest call where the behaviour was met with an evidence quote. */
    public static Optional<CallVerdict> latestMetWithQuote(String repId, String behaviourKey) {
        return find("repId = ?1 AND behaviourKey = ?2 AND verdict = ?3 AND evidenceQuote IS NOT NULL"
                + " ORDER BY callStartedAt DESC, callId DESC", repId, behaviourKey, Verdict.MET).firstResultOptional();
    }

    /** The team's latest verdict on a behaviour, with the scorecard's current question for it. */
    public static Optional<CallVerdict> latestInTeam(String teamId, String behaviourKey) {
        return find("teamId = ?1 AND behaviourKey = ?2 ORDER BY callStartedAt DESC", teamId, behaviourKey).firstResultOptional();
    }

    public static boolean knownInTeam(String teamId, String behaviourKey) {
        return count("teamId = ?1 AND behaviourKey = ?2", teamId, behaviourKey) > 0;
    }

    /** Behaviours graded on the rep's calls of a call type. */
    public static List<String> behavioursOnCallType(String repId, String callType) {
        return getEntityManager()
                .createQuery("SELECT DISTINCT v.behaviourKey FROM CallVerdict v WHERE v.repId = ?1 AND v.callType = ?2", String.class)
                .setParameter(1, repId)
                .setParameter(2, callType)
                .getResultList();
    }
}
