package io.callreview.scorecard.roster;

import java.util.List;

final class RosterViews {

    private RosterViews() {
    }

    static RosterRepView rep(RosterRep rep) {
        return new RosterRepView(rep.repId, rep.teamId, rep.displayName, rep.revision, rep.enrolledBy, rep.updatedAt);
    }

    static RosterCoachView coach(RosterCoach coach) {
        return new RosterCoachView(coach.coachId, List.copyOf(coach.teams), coach.updatedAt);
    }

    static TeamRosterView team(String teamId, List<RosterRep> reps, List<RosterCoach> coaches) {
        return new TeamRosterView(teamId, reps.stream().map(RosterViews::rep).toList(),
                coaches.stream().map(c -> c.coachId).toList());
    }

    static TeamSummaryView teamSummary(String teamId, long reps, List<String> coaches) {
        return new TeamSummaryView(teamId, reps, List.copyOf(coaches));
    }
}
