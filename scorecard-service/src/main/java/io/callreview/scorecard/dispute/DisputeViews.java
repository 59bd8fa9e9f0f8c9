package io.callreview.scorecard.dispute;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.roster.RosterRep;
import java.util.List;
import java.util.Map;

/** Turns stored disputes and acknowledgements into what the disputes API answers. */
final class DisputeViews {

    private DisputeViews() {
    }

    static DisputeView dispute(ScoreDispute d) {
        return dispute(d, RosterRep.displayName(d.repId));
    }

    /** A page of disputes, with the reps' names read in one query. */
    static List<DisputeView> disputes(List<ScoreDispute> disputes) {
        Map<String, String> names = RosterRep.displayNames(disputes.stream().map(d -> d.repId).toList());
        return disputes.stream().map(d -> dispute(d, names.get(d.repId))).toList();
    }

    private static DisputeView dispute(ScoreDispute d, String repName) {
        DisputeView.Resolution resolution = d.status == DisputeStatus.OPEN ? null
                : new DisputeView.Resolution(d.resolvedBy, d.resolvedAt, d.resolvedVerdict, d.resolutionReason, d.resultingRevision);
        Behaviour behaviour = d.call.scorecard.behavioursByKey().get(d.behaviourKey);
        boolean naAllowed = behaviour != null && behaviour.naAllowed();
        return new DisputeView(d.id, d.call.id, d.revision, d.behaviourKey, d.disputedVerdict, naAllowed, d.repId, repName, d.teamId,
                d.comment, d.status, d.openedAt, resolution);
    }

    static AcknowledgementView acknowledgement(ScoreAcknowledgement acknowledgement) {
        return new AcknowledgementView(acknowledgement.key.callId(), acknowledgement.key.revision(),
                acknowledgement.acknowledgedAt);
    }
}
