package io.callreview.notification.inbox;

import io.callreview.events.RepResponse;
import io.callreview.notification.domain.Nudge;
import java.time.Instant;
import java.util.List;

/** Builds what the inbox API shows from nudges and answers already loaded. */
final class InboxViews {

    private InboxViews() {
    }

    /** @param responses the rep's answers to this nudge */
    static InboxItem item(Nudge nudge, List<NudgeResponse> responses, Instant now) {
        Instant acknowledgedAt = null;
        RepResponse.SelfAssessment assessment = null;
        Instant assessedAt = null;
        for (NudgeResponse response : responses) {
            if (response.kind == RepResponse.Kind.ACKNOWLEDGED) {
                acknowledgedAt = response.respondedAt;
            } else {
                assessment = response.selfAssessment;
                assessedAt = response.respondedAt;
            }
        }
        return new InboxItem(nudge.nudgeId, nudge.kind, nudge.priority, nudge.urgent, nudge.title, nudge.body, nudge.reason,
                nudge.behaviourKey, nudge.callId, nudge.callType, nudge.actions, nudge.receivedAt, nudge.readAt,
                nudge.expiresAt, nudge.isExpired(now), new InboxItem.Answers(acknowledgedAt, assessment, assessedAt));
    }

    /** @param nudge the nudge answered */
    static ResponseView response(Nudge nudge, NudgeResponse response) {
        return new ResponseView(response.responseId, nudge.nudgeId, response.kind, response.selfAssessment, response.respondedAt);
    }
}
