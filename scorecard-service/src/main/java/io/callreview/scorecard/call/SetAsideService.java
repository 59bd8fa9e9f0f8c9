package io.callreview.scorecard.call;

import io.callreview.events.CallSetAside;
import io.callreview.events.EventContract;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.dispute.DisputeService;
import io.callreview.scorecard.scoring.ScoreRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * An admin sets a call aside (a test call, a call recorded against the wrong rep): in one transaction, under the call's
 * lock, its latest score leaves the analytics tallies, its open disputes are closed unresolved, its status becomes
 * SET_ASIDE with the reason, who and when, the audit log records it, and {@code CallSetAside} goes into the outbox for
 * coaching-service. The score revisions stay as they were, for the record; every figure, queue and export reads past
 * the call from then on, and grading, transcription, reviews and disputes refuse it. A call is set aside once: asked
 * again with the same reason, the answer is the call as it stands; with another reason, 409.
 */
@ApplicationScoped
public class SetAsideService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ScoreRecorder scores;

    @Inject
    DisputeService disputes;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Transactional
    public CallView setAside(String callId, String reason) {
        String why = AdminActions.reason(reason);
        SalesCall call = AdminActions.lockedCall(callId);
        if (call.isSetAside()) {
            if (!why.equals(call.statusReason)) {
                throw ApiException.conflict("id", "call " + callId + " is " + call.status + " since " + call.setAsideAt
                        + " by " + call.setAsideBy + " (" + call.statusReason + "): a call is set aside once");
            }
            return view(call);
        }
        CallStatus before = call.status;
        String reasonBefore = call.statusReason;
        scores.setAside(call);
        call.status = CallStatus.SET_ASIDE;
        call.statusReason = why;
        call.setAsideBy = user.id();
        call.setAsideAt = clock.instant();
        call.recordingToken = null; // a secret nothing will download with any more
        List<String> closedDisputes = disputes.closeOpen(call, "the call was set aside: " + why, call.setAsideBy, call.setAsideAt);
        outbox.publish(EventContract.CALL_SET_ASIDE, new CallSetAside(call.id, call.repId, call.teamId, call.callType.key,
                call.startedAt, why, call.setAsideBy, call.setAsideAt));
        audit.record(AuditAction.CALL_SET_ASIDE, AuditEntities.CALL, call.id, call.id, AuditLog.details(
                "reason", why, "statusBefore", before, "statusReasonBefore", reasonBefore, "repId", call.repId,
                "teamId", call.teamId, "closedDisputes", closedDisputes));
        return view(call);
    }

    private static CallView view(SalesCall call) {
        return CallViews.call(call, CallTranscript.findById(call.id), ScoreRevision.latest(call).orElse(null));
    }
}
