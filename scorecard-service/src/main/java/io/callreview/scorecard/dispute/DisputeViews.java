package io.callreview.scorecard.dispute;

/** Turns stored disputes and acknowledgements into what the disputes API answers. */
final class DisputeViews {

    private DisputeViews() {
    }

    static DisputeView dispute(ScoreDispute d) {
        DisputeView.Resolution resolution = d.status == DisputeStatus.OPEN ? null
                : new DisputeView.Resolution(d.resolvedBy, d.resolvedAt, d.resolvedVerdict, d.resolutionReason, d.resultingRevision);
        return new DisputeView(d.id, d.call.id, d.revision, d.behaviourKey, d.disputedVerdict, d.repId, d.teamId,
                d.comment, d.status, d.openedAt, resolution);
    }

    static AcknowledgementView acknowledgement(ScoreAcknowledgement acknowledgement) {
        return new AcknowledgementView(acknowledgement.key.callId(), acknowledgement.key.revision(),
                acknowledgement.acknowledgedAt);
    }
}
