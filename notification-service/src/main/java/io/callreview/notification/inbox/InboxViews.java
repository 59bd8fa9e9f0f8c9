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
        InboxItem.Choice reflection = null;
        InboxItem.Choice quizAnswer = null;
        for (NudgeResponse response : responses) {
            switch (response.kind) {
                case ACKNOWLEDGED -> acknowledgedAt = response.respondedAt;
                case SELF_ASSESSMENT -> {
                    assessment = response.selfAssessment;
                    assessedAt = response.respondedAt;
                }
                case REFLECTION -> reflection = new InboxItem.Choice(response.choice, response.text, response.respondedAt);
                case QUIZ_ANSWER -> quizAnswer = new InboxItem.Choice(response.choice, null, response.respondedAt);
            }
        }
        return new InboxItem(nudge.nudgeId, nudge.kind, nudge.priority, nudge.urgent, nudge.title, nudge.body, nudge.reason,
                nudge.behaviourKey, nudge.callId, nudge.callType, nudge.actions, nudge.receivedAt, nudge.readAt,
                nudge.expiresAt, nudge.isExpired(now), nudge.revisedBy, nudge.revisedAt,
                new InboxItem.Answers(acknowledgedAt, assessment, assessedAt, reflection, quizAnswer));
    }

    /** @param nudge the nudge answered */
    static ResponseView response(Nudge nudge, NudgeResponse response) {
        return new ResponseView(response.responseId, nudge.nudgeId, response.kind, response.selfAssessment, response.choice,
                response.text, response.respondedAt);
    }
}
