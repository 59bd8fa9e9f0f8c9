package io.callreview.coaching.profile;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.path.RepPaths;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.nudge.Links;
import io.callreview.coaching.nudge.ScheduledNudge;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.Figures;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps skill states, diagnoses and peers, loaded by {@link ProfileService}, to the rep and team profiles. */
@ApplicationScoped
public class ProfileViews {

    @Inject
    CoachingConfig config;

    @Inject
    Fsrs fsrs;

    @Inject
    Links links;

    /** The profile of a rep coaching has not seen yet: the caller themself. */
    public RepProfileView unknownRep(String repId, String teamId) {
        return new RepProfileView(repId, teamId, 0, true, null, null, List.of(), null, true, List.of());
    }

    public RepProfileView rep(Rep rep, long scoredCalls, List<String> focusKeys, String activePlanId,
                              List<BehaviourProfileView> behaviours) {
        return new RepProfileView(rep.repId, rep.teamId, scoredCalls, isNew(scoredCalls), rep.firstCallAt, rep.lastCallAt,
                focusKeys, activePlanId, rep.shareMoments, behaviours);
    }

    /** Training units and mentoring pairings of a rep, by behaviour, newest first. */
    public Map<String, List<ActionView>> actions(List<TrainingUnit> units, List<MentoringPairing> pairings) {
        Map<String, List<ActionView>> byBehaviour = new HashMap<>();
        units.forEach(u -> byBehaviour.computeIfAbsent(u.behaviourKey, k -> new ArrayList<>())
                .add(new ActionView(ActionView.Kind.TRAINING, u.id, u.status.name(), u.assignedAt, null)));
        pairings.forEach(p -> byBehaviour.computeIfAbsent(p.behaviourKey, k -> new ArrayList<>())
                .add(new ActionView(ActionView.Kind.MENTORING, p.id, p.status.name(), p.pairedAt, p.mentorId)));
        byBehaviour.values().forEach(list -> list.sort(Comparator.comparing(ActionView::since).reversed()));
        return byBehaviour;
    }

    /** @param next the soonest pending nudge about the behaviour, or null */
    public BehaviourProfileView behaviour(SkillState state, boolean focus, Diagnoses.Diagnosis diagnosis, RepPaths.Path path,
                                          ScheduledNudge next, List<ActionView> actions, Instant now) {
        double target = config.memory().targetRetention();
        return new BehaviourProfileView(state.behaviourKey, state.question, state.category, state.weight, focus,
                new VerdictRecordView(state.reviews, state.met, state.missed, state.recentReviews, state.recentMet,
                        Figures.round(state.recentAdherence()), state.lastVerdict, state.lastCallType, state.lastReviewAt),
                new MemoryView(Figures.round(state.stability), Figures.round(state.difficulty),
                        Figures.round(retrievability(state, now)), target,
                        fsrs.recallFallsAt(state.lastReviewAt, state.stability, target)),
                new StageView(state.stage, state.stage.meaning(), state.stageBasis, state.consistent, state.atTarget()),
                path == null ? null : path(path),
                new DiagnosisView(diagnosis.approach(), diagnosis.reason(),
                        diagnosis.mentor() == null ? null : mentor(diagnosis.mentor(), state.lastCallType)),
                next == null ? null : new NextMomentView(next.nudgeId, next.kind, next.dueAt, next.title), actions);
    }

    private static PathView path(RepPaths.Path path) {
        return new PathView(path.current().phase, path.current().phase.meaning(), path.current().since, path.current().reason,
                path.outlook().next(), path.outlook().condition(), path.outlook().earliestAt(),
                path.moves().stream().map(m -> new PhaseMoveView(m.from, m.to, m.reason, m.movedAt)).toList());
    }

    /** @param rep null when the rep has skill states but no row of their own */
    public TeamRepView teamRep(String repId, Rep rep, long scoredCalls, List<String> focusKeys, String activePlanId,
                               List<RepBehaviourSummaryView> behaviours) {
        return new TeamRepView(repId, scoredCalls, isNew(scoredCalls), rep != null ? rep.lastCallAt : null, focusKeys,
                activePlanId, behaviours);
    }

    public RepBehaviourSummaryView summary(SkillState state, Diagnoses.Diagnosis diagnosis, Instant now) {
        return new RepBehaviourSummaryView(state.behaviourKey, Figures.round(state.recentAdherence()),
                Figures.round(retrievability(state, now)), state.stage, diagnosis.approach(),
                diagnosis.mentor() != null ? diagnosis.mentor().repId() : null);
    }

    public TeamBehaviourView teamBehaviour(String behaviourKey, TeamBehaviourTally tally, List<MentorView> mentors) {
        return new TeamBehaviourView(behaviourKey, tally.question, tally.reps, tally.recentReviews, tally.recentMet,
                tally.recentReviews == 0 ? 0 : Figures.round((double) tally.recentMet / tally.recentReviews),
                tally.stages, tally.approaches, mentors);
    }

    public MentorView mentor(PeerRecord peer, String callType) {
        var example = peer.bestExample();
        return new MentorView(peer.repId(), callType, peer.calls(), peer.met(), Figures.round(peer.adherence()),
                Figures.round(peer.consistency()),
                example == null ? null : new ExampleCallView(example.callId(), example.callType(), example.startedAt(),
                        example.overallScore(), example.quote(), links.teammateMoment(example.callId(), example.atMs())));
    }

    /** Fewer scored calls than the new-rep threshold: training comes first. */
    private boolean isNew(long scoredCalls) {
        return scoredCalls < config.diagnosis().newRepCalls();
    }

    private double retrievability(SkillState state, Instant now) {
        return fsrs.retrievabilityAt(state.lastReviewAt, now, state.stability);
    }
}
