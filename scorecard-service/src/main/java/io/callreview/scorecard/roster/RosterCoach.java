package io.callreview.scorecard.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A coach on the roster and the teams they coach. */
@Entity
@Table(name = "roster_coach")
public class RosterCoach extends PanacheEntityBase {

    @Id
    @Column(name = "coach_id")
    public String coachId;

    @ElementCollection
    @CollectionTable(name = "roster_coach_team", joinColumns = @JoinColumn(name = "coach_id"))
    @Column(name = "team_id", nullable = false)
    public Set<String> teams = new TreeSet<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<RosterCoach> ofTeam(String teamId) {
        return list("SELECT DISTINCT c FROM RosterCoach c JOIN c.teams t WHERE t = ?1 ORDER BY c.coachId", teamId);
    }
}
