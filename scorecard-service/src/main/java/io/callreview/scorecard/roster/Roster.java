package io.callreview.scorecard.roster;

import io.callreview.events.EventContract;
import io.callreview.events.RosterChanged;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The one place a rep's team is decided. Admins assign reps and coaches to teams; a call must name the rep's team,
 * so whatever can submit a call (an integration token, a webhook secret) can never move a rep, and their history
 * with it, to another team's coaches. Every change is audited and announced as {@code RosterChanged}.
 */
@ApplicationScoped
public class Roster {

    private static final Logger LOG = Logger.getLogger(Roster.class);

    @Inject
    RosterConfig config;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Lets a call for {@code repId} in {@code teamId} in, or refuses it (422) when the roster puts the rep on another
     * team. A rep the roster does not know is enrolled on the call's team, or refused, as ROSTER_UNKNOWN_REPS says.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admitCall(String repId, String teamId, String call) {
        if (config.unknownReps() == RosterConfig.UnknownReps.ENROL && RosterRep.enrolIfAbsent(repId, teamId, call, clock.instant())) {
            refuseMistypedTeam(repId, teamId);
            refuseMistypedRep(repId);
            RosterRep enrolled = RosterRep.findById(repId);
            recordChange(enrolled, null, null, AuditAction.ROSTER_REP_ENROLLED);
            return;
        }
        RosterRep rep = RosterRep.current(repId);
        if (rep == null) {
            throw ApiException.unprocessable("repId", "rep '" + repId + "' is not on the roster: an admin adds them first"
                    + " (PUT /api/roster/reps/" + repId + ")");
        }
        if (!rep.teamId.equals(teamId)) {
            LOG.warnf("refused %s: it names rep %s in team %s, the roster has the rep in team %s", call, repId, teamId, rep.teamId);
            throw ApiException.unprocessable("teamId", "rep '" + repId + "' is on team '" + rep.teamId + "' in the roster,"
                    + " not '" + teamId + "': an admin moves reps between teams (PUT /api/roster/reps/" + repId + ")");
        }
    }

    /**
     * A new rep's first call founds their team when it is new, unless its id looks like a slip of a team the roster
     * knows ("tema-a" for "team-a"): then the call is refused, and with it the enrolment.
     */
    private void refuseMistypedTeam(String repId, String teamId) {
        Set<String> known = new TreeSet<>(RosterRep.getEntityManager()
                .createQuery("SELECT DISTINCT r.teamId FROM RosterRep r WHERE r.repId <> ?1", String.class)
                .setParameter(1, repId).getResultList());
        known.addAll(RosterCoach.getEntityManager()
                .createQuery("SELECT DISTINCT t FROM RosterCoach c JOIN c.teams t", String.class).getResultList());
        if (known.contains(teamId)) {
            return;
        }
        IdSlips.nearMiss(teamId, known).ifPresent(team -> {
            throw ApiException.unprocessable("teamId", "team '" + teamId + "' is not on the roster; did you mean '" + team
                    + "'? If it is a new team, an admin puts its first rep on it (PUT /api/roster/reps/" + repId + ")");
        });
    }

    /**
     * A new rep's first call enrols them, unless their id looks like a slip of a rep the roster knows ("rep-jnae" for
     * "rep-jane"): then the call is refused, and with it the enrolment, so that a typo in a CRM does not found a rep.
     */
    private void refuseMistypedRep(String repId) {
        List<String> known = RosterRep.getEntityManager()
                .createQuery("SELECT r.repId FROM RosterRep r WHERE r.repId <> ?1", String.class)
                .setParameter(1, repId).getResultList();
        IdSlips.nearMissOfRep(repId, known).ifPresent(rep -> {
            throw ApiException.unprocessable("repId", "rep '" + repId + "' is not on the roster; did you mean '" + rep
                    + "'? If it is a new rep, an admin adds them first (PUT /api/roster/reps/" + repId + ")");
        });
    }

    @Transactional
    public RosterRepView assign(String repId, RepAssignmentRequest request) {
        if (repId.isBlank() || repId.length() > 200) {
            throw ApiException.badRequest("repId", "must be 1 to 200 characters");
        }
        RosterRep rep = RowLocks.lockIfPresent(RosterRep.getEntityManager(), RosterRep.class, repId);
        if (rep == null) {
            rep = new RosterRep();
            rep.repId = repId;
        }
        rep.enrolledBy = user.id();
        String displayName = request.displayName() == null ? null : request.displayName().strip();
        change(rep, request.teamId().strip(), displayName, AuditAction.ROSTER_REP_ASSIGNED);
        return RosterViews.rep(rep);
    }

    /** Whether the rep is on the roster, whichever team. */
    @Transactional
    public boolean knows(String repId) {
        return RosterRep.findById(repId) != null;
    }

    @Transactional
    public RosterRepView rep(String repId) {
        RosterRep rep = RosterRep.findById(repId);
        if (rep == null) {
            throw ApiException.notFound("rep", repId);
        }
        user.requireRep("rep", repId, rep.repId, rep.teamId);
        return RosterViews.rep(rep);
    }

    /** Every team the roster names, through a rep or a coach, in the order of their ids. */
    @Transactional
    public List<TeamSummaryView> teams() {
        Map<String, Long> reps = new TreeMap<>();
        for (Object[] row : RosterRep.getEntityManager()
                .createQuery("SELECT r.teamId, COUNT(r) FROM RosterRep r GROUP BY r.teamId", Object[].class).getResultList()) {
            reps.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, List<String>> coaches = new TreeMap<>();
        for (Object[] row : RosterCoach.getEntityManager()
                .createQuery("SELECT t, c.coachId FROM RosterCoach c JOIN c.teams t ORDER BY c.coachId", Object[].class).getResultList()) {
            coaches.computeIfAbsent((String) row[0], team -> new ArrayList<>()).add((String) row[1]);
        }
        Set<String> teams = new TreeSet<>(reps.keySet());
        teams.addAll(coaches.keySet());
        return teams.stream().map(team -> RosterViews.teamSummary(team, reps.getOrDefault(team, 0L),
                coaches.getOrDefault(team, List.of()))).toList();
    }

    @Transactional
    public TeamRosterView team(String teamId) {
        user.requireTeam("team", teamId, teamId);
        return RosterViews.team(teamId, RosterRep.ofTeam(teamId), RosterCoach.ofTeam(teamId));
    }

    @Transactional
    public RosterCoachView setCoach(String coachId, CoachTeamsRequest request) {
        if (coachId.isBlank() || coachId.length() > 200) {
            throw ApiException.badRequest("coachId", "must be 1 to 200 characters");
        }
        RosterCoach existing = RowLocks.lockIfPresent(RosterCoach.getEntityManager(), RosterCoach.class, coachId);
        List<String> before = existing == null ? null : List.copyOf(existing.teams);
        RosterCoach coach = existing != null ? existing : new RosterCoach();
        coach.coachId = coachId;
        coach.teams.clear();
        request.teams().forEach(team -> coach.teams.add(team.strip()));
        coach.updatedAt = clock.instant();
        coach.persist();
        audit.record(AuditAction.ROSTER_COACH_SET, AuditEntities.ROSTER_COACH, coachId,
                AuditLog.details("before", before, "after", List.copyOf(coach.teams)));
        return RosterViews.coach(coach);
    }

    @Transactional
    public RosterCoachView coach(String coachId) {
        RosterCoach coach = RosterCoach.findById(coachId);
        if (coach == null || !(user.isAdmin() || coachId.equals(user.id()))) {
            throw ApiException.notFound("coach", coachId);
        }
        return RosterViews.coach(coach);
    }

    @Transactional
    public void removeCoach(String coachId) {
        RosterCoach coach = RowLocks.lockIfPresent(RosterCoach.getEntityManager(), RosterCoach.class, coachId);
        if (coach == null) {
            throw ApiException.notFound("coach", coachId);
        }
        audit.record(AuditAction.ROSTER_COACH_REMOVED, AuditEntities.ROSTER_COACH, coachId,
                AuditLog.details("before", List.copyOf(coach.teams)));
        coach.delete();
    }

    /** Whether the roster has {@code coachId} coaching {@code teamId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean coaches(String coachId, String teamId) {
        RosterCoach coach = RosterCoach.findById(coachId);
        return coach != null && coach.teams.contains(teamId);
    }

    private void change(RosterRep rep, String teamId, String displayName, AuditAction action) {
        String previousTeam = rep.teamId;
        Map<String, Object> before = previousTeam == null ? null
                : AuditLog.details("teamId", previousTeam, "displayName", rep.displayName);
        rep.teamId = teamId;
        rep.displayName = displayName;
        rep.revision++;
        rep.updatedAt = clock.instant();
        rep.persist();
        recordChange(rep, previousTeam, before, action);
    }

    private void recordChange(RosterRep rep, String previousTeam, Map<String, Object> before, AuditAction action) {
        audit.record(action, AuditEntities.ROSTER_REP, rep.repId, AuditLog.details("before", before,
                "after", AuditLog.details("teamId", rep.teamId, "displayName", rep.displayName), "by", rep.enrolledBy));
        if (!rep.teamId.equals(previousTeam)) {
            outbox.publish(EventContract.ROSTER_CHANGED, new RosterChanged(rep.repId, rep.teamId, previousTeam, rep.revision,
                    rep.updatedAt));
        }
    }
}
