package io.callreview.scorecard.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A rep's place on the roster: the one team whose coaches see the rep's calls. */
@Entity
@Table(name = "roster_rep")
public class RosterRep extends PanacheEntityBase {

    @Id
    @Column(name = "rep_id")
    public String repId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "display_name")
    public String displayName;

    /** Grows with every change, so consumers of {@code RosterChanged} can ignore a late one. */
    @Column(name = "revision", nullable = false)
    public long revision;

    /** Who put the rep here: an admin's id, or the call that enrolled an unknown rep. */
    @Column(name = "enrolled_by", nullable = false)
    public String enrolledBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Puts an unknown rep on {@code teamId} (revision 1); false when the rep is already on the roster. An insert that
     * ignores the duplicate rather than a locking read first: two first calls of a new rep at once would each lock the
     * gap and then deadlock.
     */
    public static boolean enrolIfAbsent(String repId, String teamId, String enrolledBy, Instant now) {
        // IGNORE only ever meets the duplicate key: the values are validated request fields within the column sizes
        return getEntityManager().createNativeQuery("INSERT IGNORE INTO roster_rep (rep_id, team_id, revision, enrolled_by, updated_at)"
                        + " VALUES (?1, ?2, 1, ?3, ?4)")
                .setParameter(1, repId).setParameter(2, teamId).setParameter(3, enrolledBy).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /**
     * The rep's entry as last committed, read under a shared lock: ingestion only reads it, and concurrent calls of one
     * rep must not deadlock upgrading locks, while an admin's move waits for calls in flight.
     */
    public static RosterRep current(String repId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT * FROM roster_rep WHERE rep_id = ?1 LOCK IN SHARE MODE",
                RosterRep.class).setParameter(1, repId).getResultList();
        return rows.isEmpty() ? null : (RosterRep) rows.get(0);
    }

    /** The rep's name on the roster, or null: the rep is not on it, or was enrolled by a call, which gives no name. */
    public static String displayName(String repId) {
        RosterRep rep = findById(repId);
        return rep == null ? null : rep.displayName;
    }

    /** Per rep of {@code repIds} on the roster with a name, that name: one query for a page of calls. */
    public static Map<String, String> displayNames(Collection<String> repIds) {
        if (repIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        RosterRep.<RosterRep>list("repId IN ?1 AND displayName IS NOT NULL", Set.copyOf(repIds))
                .forEach(rep -> names.put(rep.repId, rep.displayName));
        return names;
    }

    public static List<RosterRep> ofTeam(String teamId) {
        return list("teamId = ?1 ORDER BY repId", teamId);
    }
}
