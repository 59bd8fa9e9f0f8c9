package io.callreview.coaching.profile;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.nudge.Links;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.nudge.ScheduledNudge;
import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import io.callreview.coaching.rules.Stage;
import io.callreview.coaching.skill.FocusPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
    CoachingConfig config;

    @Inject
    Fsrs fsrs;

    @Inject
    Diagnoses diagnoses;

    @Inject
    MentorFinder mentors;

    @Inject
    FocusPolicy focus;

    @Inject
    Links links;

    @Inject
    Clock clock;

    @Transactional
    public RepProfileView repProfile(String repId) {
        repDirectory.holdForReading(repId);
        Optional<Rep> found = access.rep(repId);
        if (found.isEmpty()) {
            return new RepProfileView(repId, access.ownTeam(), 0, true, null, null, List.of(), null, List.of());
        }
        Rep rep = found.get();
        long scoredCalls = ScoredCall.countForRep(repId);
        List<String> focusKeys = List.copyOf(focus.focusKeys(repId));
        Map<String, ScheduledNudge> next = nextMoments(repId);
        MentorFinder.Memo memo = new MentorFinder.Memo();
        Instant now = clock.instant();
        List<BehaviourProfileView> behaviours = SkillState.forRep(repId).stream()
                .map(state -> behaviour(state, scoredCalls, focusKeys.contains(state.behaviourKey), next.get(state.behaviourKey), now, memo))
                .toList();
        return new RepProfileView(repId, rep.teamId, scoredCalls, scoredCalls < config.diagnosis().newRepCalls(),
                rep.firstCallAt, rep.lastCallAt, focusKeys, CoachingPlan.activeFor(repId).map(p -> p.id).orElse(null), behaviours);
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

        Map<String, TeamBehaviourAccumulator> behaviours = new TreeMap<>();
        List<TeamRepView> reps = new ArrayList<>();
        for (Map.Entry<String, List<SkillState>> entry : new TreeMap<>(byRep).entrySet()) {
            String repId = entry.getKey();
            long scoredCalls = scoredCallsByRep.computeIfAbsent(repId, ScoredCall::countForRep);
            List<RepBehaviourSummaryView> summaries = new ArrayList<>();
            for (SkillState state : entry.getValue()) {
                Diagnoses.Diagnosis diagnosis = diagnose(state, scoredCalls, memo);
                summaries.add(new RepBehaviourSummaryView(state.behaviourKey, round(state.recentAdherence()),
                        round(retrievability(state, now)), state.stage, diagnosis.approach(),
                        diagnosis.mentor() != null ? diagnosis.mentor().repId() : null));
                behaviours.computeIfAbsent(state.behaviourKey, k -> new TeamBehaviourAccumulator(state.question))
                        .add(state, diagnosis.approach());
            }
            Rep rep = Rep.findById(repId);
            reps.add(new TeamRepView(repId, scoredCalls, scoredCalls < config.diagnosis().newRepCalls(),
                    rep != null ? rep.lastCallAt : null, List.copyOf(focus.focusKeys(repId)),
                    CoachingPlan.activeFor(repId).map(p -> p.id).orElse(null), summaries));
        }
        List<TeamBehaviourView> behaviourViews = behaviours.entrySet().stream()
                .map(e -> e.getValue().view(e.getKey(), teamMentors(teamId, e.getKey(), e.getValue().callTypes, memo)))
                .toList();
        return new TeamProfileView(teamId, reps, behaviourViews);
    }

    private List<MentorView> teamMentors(String teamId, String behaviourKey, List<String> callTypes, MentorFinder.Memo memo) {
        List<MentorView> views = new ArrayList<>();
        for (String callType : callTypes) {
            mentors.ranked(teamId, callType, behaviourKey, memo).stream().limit(3)
                    .forEach(peer -> views.add(mentorView(peer, callType)));
        }
        return views;
    }

    private BehaviourProfileView behaviour(SkillState state, long scoredCalls, boolean isFocus, ScheduledNudge next,
                                           Instant now, MentorFinder.Memo memo) {
        double target = config.memory().targetRetention();
        Instant belowTarget = state.lastReviewAt.plus(NudgePlanner.days(fsrs.intervalDays(state.stability, target)));
        Diagnoses.Diagnosis diagnosis = diagnose(state, scoredCalls, memo);
        return new BehaviourProfileView(state.behaviourKey, state.question, state.category, state.weight, isFocus,
                new VerdictRecordView(state.reviews, state.met, state.missed, state.recentReviews, state.recentMet,
                        round(state.recentAdherence()), state.lastVerdict, state.lastCallType, state.lastReviewAt),
                new MemoryView(round(state.stability), round(state.difficulty), round(retrievability(state, now)), target, belowTarget),
                new StageView(state.stage, state.stage.meaning(), state.stageBasis),
                new DiagnosisView(diagnosis.approach(), diagnosis.reason(),
                        diagnosis.mentor() == null ? null : mentorView(diagnosis.mentor(), state.lastCallType)),
                next == null ? null : new NextMomentView(next.nudgeId, next.kind, next.dueAt, next.title));
    }

    private Diagnoses.Diagnosis diagnose(SkillState state, long scoredCalls, MentorFinder.Memo memo) {
        Optional<PeerRecord> peer = mentors.bestFor(state.repId, state.teamId, state.lastCallType, state.behaviourKey, memo);
        return diagnoses.diagnose(new Diagnoses.Facts(state.repId, state.behaviourKey, state.lastCallType,
                (int) scoredCalls, state.reviews, state.met, state.recentReviews, state.recentMet, state.stage,
                state.gapAcknowledged), peer);
    }

    private MentorView mentorView(PeerRecord peer, String callType) {
        var example = peer.bestExample();
        return new MentorView(peer.repId(), callType, peer.calls(), peer.met(), round(peer.adherence()), round(peer.consistency()),
                example == null ? null : new ExampleCallView(example.callId(), example.callType(), example.startedAt(),
                        example.overallScore(), example.quote(), links.callMoment(example.callId(), example.atMs())));
    }

    private double retrievability(SkillState state, Instant now) {
        return fsrs.retrievability(NudgePlanner.daysBetween(state.lastReviewAt, now), state.stability);
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

    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Sums one behaviour over a team. */
    private static final class TeamBehaviourAccumulator {
        private final String question;
        private int reps;
        private int recentReviews;
        private int recentMet;
        private final Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        private final Map<Approach, List<String>> approaches = new EnumMap<>(Approach.class);
        private final List<String> callTypes = new ArrayList<>();

        TeamBehaviourAccumulator(String question) {
            this.question = question;
        }

        void add(SkillState state, Approach approach) {
            reps++;
            recentReviews += state.recentReviews;
            recentMet += state.recentMet;
            stages.merge(state.stage, 1, Integer::sum);
            approaches.computeIfAbsent(approach, a -> new ArrayList<>()).add(state.repId);
            if (!callTypes.contains(state.lastCallType)) {
                callTypes.add(state.lastCallType);
                callTypes.sort(Comparator.naturalOrder());
            }
        }

        TeamBehaviourView view(String key, List<MentorView> mentors) {
            return new TeamBehaviourView(key, question, reps, recentReviews, recentMet,
                    recentReviews == 0 ? 0 : round((double) recentMet / recentReviews), stages, approaches, mentors);
        }
    }
}
