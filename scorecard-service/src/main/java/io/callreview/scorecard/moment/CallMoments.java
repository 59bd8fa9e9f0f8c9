package io.callreview.scorecard.moment;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.transcript.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A moment of a call, for whoever may see the call, and for a teammate of its rep where the rep did a behaviour well
 * and shares such moments (the consent coaching-service announces): coaching sends reps to them in training units,
 * practice nudges and mentoring. A teammate sees the exchange around the moment, never the call's scores.
 */
@ApplicationScoped
public class CallMoments {

    /** How much of the call a moment shows before it, and after the evidence ends. */
    static final long CONTEXT_MS = 45_000;
    /** A link names a moment to the second: a moment up to a second before the evidence starts is the evidence's. */
    private static final long LINK_PRECISION_MS = 1_000;

    @Inject
    CurrentUser user;

    @Transactional
    public CallMomentView moment(String callId, long atMs) {
        SalesCall call = SalesCall.findById(callId);
        if (call == null) {
            throw ApiException.notFound("call", callId);
        }
        boolean ownOrCoached = user.maySeeRep(call.repId, call.teamId);
        List<Shown> shown = ScoreRevision.latest(call).map(s -> at(s, atMs, ownOrCoached)).orElse(List.of());
        if (!ownOrCoached && (shown.isEmpty() || !teammateShares(call))) {
            throw ApiException.hidden("call", callId, "not the caller's, of the caller's teams, or a moment a teammate shares");
        }
        CallTranscript transcript = CallTranscript.findById(call.id);
        long from = atMs - CONTEXT_MS;
        long until = shown.stream().mapToLong(b -> b.evidence().endMs()).max().orElse(atMs) + CONTEXT_MS;
        List<Segment> segments = transcript == null ? List.of() : transcript.segments.stream()
                .filter(s -> s.endMs() >= from && s.startMs() <= until)
                .toList();
        RosterRep rep = RosterRep.findById(call.repId);
        return new CallMomentView(call.id, call.repId, rep == null ? null : rep.displayName, call.callType.key, call.startedAt,
                atMs, shown.stream().map(Shown::view).toList(), segments);
    }

    private record Shown(CallMomentView.BehaviourAtMoment view, Evidence evidence) {
    }

    /** A rep of the call's team, which is still its rep's team, looking at a teammate who shares their moments. */
    private boolean teammateShares(SalesCall call) {
        // a set-aside call (a test call, another rep's) is nobody's example any more
        if (call.isSetAside() || !user.is(Roles.REP) || user.id() == null || user.id().equals(call.repId)) {
            return false;
        }
        RosterRep viewer = RosterRep.findById(user.id());
        RosterRep owner = RosterRep.findById(call.repId);
        return viewer != null && owner != null && call.teamId.equals(viewer.teamId) && call.teamId.equals(owner.teamId)
                && RepSharing.shares(call.repId);
    }

    /** The verdicts with evidence at the moment: any of them for who may see the call, the MET ones for a teammate. */
    private static List<Shown> at(ScoreRevision score, long atMs, boolean anyVerdict) {
        Map<String, Behaviour> definitions = score.scorecard.behavioursByKey();
        return score.verdicts.stream()
                .filter(v -> anyVerdict || v.verdict == Verdict.MET)
                .flatMap(v -> evidenceAt(v, atMs).map(e -> new Shown(new CallMomentView.BehaviourAtMoment(v.key,
                        Optional.ofNullable(definitions.get(v.key)).map(Behaviour::question).orElse(v.key), v.verdict, e.quote()), e)).stream())
                .toList();
    }

    private static Optional<Evidence> evidenceAt(BehaviourVerdict verdict, long atMs) {
        return verdict.evidence.stream()
                .filter(e -> atMs >= e.startMs() - LINK_PRECISION_MS && atMs <= e.endMs())
                .findFirst();
    }
}
