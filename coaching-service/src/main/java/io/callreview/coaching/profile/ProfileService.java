package io.callreview.coaching.profile;

import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.nudge.ScheduledNudge;
import io.callreview.coaching.path.RepPaths;
import io.callreview.coaching.peer.MentorFinder;
import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.skill.Diagnosing;
import io.callreview.coaching.skill.FocusPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a rep's skill profile and a team's picture, with stages, diagnoses and the next moments. */
@ApplicationScoped
public class ProfileService {

    @Inject
    Access access;

    @Inject
    RepDirectory repDirectory;

    @Inject
    Diagnosing diagnosing;

    @Inject
    MentorFinder mentors;

    @Inject
    FocusPolicy focus;

    @Inject
    ProfileViews views;

    @Inject
    RepPaths paths;

    @Inject
    Clock clock;

    @Transactional
    public RepProfileView repProfile(String repId) {
        repDirectory.holdForReading(repId);
        Optional<Rep> found = access.rep(repId);
        if (found.isEmpty()) {
            return views.unknownRep(repId, access.ownTeam());
        }
        Rep rep = found.get();
        long scoredCalls = ScoredCall.countForRep(repId);
        List<String> focusKeys = List.copyOf(focus.focusKeys(repId));
        Map<String, ScheduledNudge> next = nextMoments(repId);
        MentorFinder.Memo memo = new MentorFinder.Memo();
        Instant now = clock.instant();
        Map<String, List<ActionView>> actions = views.actions(TrainingUnit.forRep(repId), MentoringPairing.asMentee(repId));
        Map<String, RepPaths.Path> paths = this.paths.of(repId);
        List<BehaviourProfileView> behaviours = SkillState.forRep(repId).stream()
                .map(state -> views.behaviour(state, focusKeys.contains(state.behaviourKey), diagnose(state, scoredCalls, memo),
                        paths.get(state.behaviourKey), next.get(state.behaviourKey),
                        actions.getOrDefault(state.behaviourKey, List.of()), now))
                .toList();
        return views.rep(rep, scoredCalls, focusKeys, CoachingPlan.activeFor(repId).map(p -> p.id).orElse(null), behaviours);
    }

    @Transactional
    public TeamProfileView teamProfile(String teamId) {
        access.team(teamId);
        Instant now = clock.instant();
        MentorFinder.Memo memo = new MentorFinder.Memo();
        Map<String, List<SkillState>> byRep = new LinkedHashMap<>();
        Map<String, Long> scoredCallsByRep = new HashMap<>();
        for (SkillState.Counted counted : SkillState.forTeamCounted(teamId)) {
            byRep.computeIfAbsent(counted.state().repId, r -> new ArrayList<>()).add(counted.state());
            scoredCallsByRep.put(counted.state().repId, counted.repScoredCalls());
        }
        Rep.<Rep>list("teamId = ?1 ORDER BY repId", teamId).forEach(r -> byRep.putIfAbsent(r.repId, new ArrayList<>()));

        Map<String, TeamBehaviourTally> behaviours = new TreeMap<>();
        List<TeamRepView> reps = new ArrayList<>();
        for (Map.Entry<String, List<SkillState>> entry : new TreeMap<>(byRep).entrySet()) {
            String repId = entry.getKey();
            long scoredCalls = scoredCallsByRep.computeIfAbsent(repId, ScoredCall::countForRep);
            List<RepBehaviourSummaryView> summaries = new ArrayList<>();
            for (SkillState state : entry.getValue()) {
                Diagnoses.Diagnosis diagnosis = diagnose(state, scoredCalls, memo);
                summaries.add(views.summary(state, diagnosis, now));
                behaviours.computeIfAbsent(state.behaviourKey, k -> new TeamBehaviourTally(state.question))
                        .add(state, diagnosis.approach());
            }
            reps.add(views.teamRep(repId, Rep.findById(repId), scoredCalls, List.copyOf(focus.focusKeys(repId)),
                    CoachingPlan.activeFor(repId).map(p -> p.id).orElse(null), summaries));
        }
        List<TeamBehaviourView> behaviourViews = behaviours.entrySet().stream()
                .map(e -> views.teamBehaviour(e.getKey(), e.getValue(), teamMentors(teamId, e.getKey(), e.getValue().callTypes, memo)))
                .toList();
        return new TeamProfileView(teamId, reps, behaviourViews);
    }

    private List<MentorView> teamMentors(String teamId, String behaviourKey, List<String> callTypes, MentorFinder.Memo memo) {
        List<MentorView> mentorViews = new ArrayList<>();
        for (String callType : callTypes) {
            mentors.ranked(teamId, callType, behaviourKey, memo).stream().limit(3)
                    .forEach(peer -> mentorViews.add(views.mentor(peer, callType)));
        }
        return mentorViews;
    }

    private Diagnoses.Diagnosis diagnose(SkillState state, long scoredCalls, MentorFinder.Memo memo) {
        return diagnosing.diagnose(state, scoredCalls, memo);
    }

    /** The soonest pending nudge per behaviour. */
    private static Map<String, ScheduledNudge> nextMoments(String repId) {
        Map<String, ScheduledNudge> next = new LinkedHashMap<>();
        for (ScheduledNudge nudge : ScheduledNudge.pending(repId)) {
            if (nudge.behaviourKey != null) {
                next.putIfAbsent(nudge.behaviourKey, nudge);
            }
        }
        return next;
    }
}
