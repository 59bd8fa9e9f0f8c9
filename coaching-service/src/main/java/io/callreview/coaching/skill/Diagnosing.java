package io.callreview.coaching.skill;

import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.peer.MentorFinder;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** What a rep needs at a behaviour (training, coaching, mentoring or nothing), from their skill state and their peers. */
@ApplicationScoped
public class Diagnosing {

    @Inject
    Diagnoses diagnoses;

    @Inject
    MentorFinder mentors;

    /**
     * The diagnosis of one of the rep's behaviours, made once per standing: the steps of one event ask about the same
     * behaviours, and the answer cannot change while they run.
     */
    public Diagnoses.Diagnosis diagnose(RepStanding standing, SkillState state) {
        return standing.diagnosis(state.behaviourKey, key -> {
            // the steps diagnose most of the rep's behaviours: their peers are read at once
            mentors.preload(standing.states().stream()
                    .map(s -> new MentorFinder.Topic(s.teamId, s.lastCallType, s.behaviourKey)).toList(), standing.peers());
            return diagnose(state, standing.scoredCallsUpTo(diagnoses.newRepCalls()), standing.peers());
        });
    }

    /**
     * The diagnosis as far as the rep's own record decides it: coaching or none come out as they would with peers
     * (peers only tell mentoring from training), without reading them.
     */
    public Diagnoses.Diagnosis diagnoseWithoutPeers(RepStanding standing, SkillState state) {
        return diagnoses.diagnose(facts(state, standing.scoredCallsUpTo(diagnoses.newRepCalls())), Optional.empty());
    }

    /** @param memo shared by the diagnoses of one request, which ask about the same peers */
    public Diagnoses.Diagnosis diagnose(SkillState state, long scoredCalls, MentorFinder.Memo memo) {
        Optional<PeerRecord> peer = mentors.bestFor(state.repId, state.teamId, state.lastCallType, state.behaviourKey, memo);
        return diagnoses.diagnose(facts(state, scoredCalls), peer);
    }

    private static Diagnoses.Facts facts(SkillState state, long scoredCalls) {
        return new Diagnoses.Facts(state.repId, state.behaviourKey, state.lastCallType, (int) scoredCalls, state.reviews,
                state.met, state.recentReviews, state.recentMet, state.stage, state.atTarget(), state.gapAcknowledged);
    }
}
