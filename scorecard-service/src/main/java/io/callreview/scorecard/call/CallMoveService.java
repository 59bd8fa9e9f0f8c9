package io.callreview.scorecard.call;

import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.dispute.DisputeService;
import io.callreview.scorecard.review.ReviewService;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.scoring.ScoreRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An admin files a call under the rep whose call it is (a CRM or dialer posted it under another): in one transaction,
 * under the call's lock, the call takes the rep and the roster's team for them, its latest score leaves the old rep's
 * figures and comes back as the next revision under the new rep (the same verdicts, announced as {@code CallScored},
 * from which coaching-service moves the call between the reps' histories), the old rep's open disputes of it are closed
 * unresolved, draft reviews by coaches who do not coach the new team are withdrawn, and the audit log records who
 * moved it, from whom and why. A call not graded yet is graded under the new
 * rep. Moving a call to the rep it is under changes nothing.
 */
@ApplicationScoped
public class CallMoveService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ScoreRecorder scores;

    @Inject
    DisputeService disputes;

    @Inject
    ReviewService reviews;

    @Inject
    AuditLog audit;

    @Transactional
    public CallView move(String callId, String repId, String reason) {
        String to = repId.strip();
        String why = AdminActions.reason(reason);
        SalesCall call = AdminActions.lockedCall(callId);
        call.refuseWhenSetAside("id", "moving it to another rep");
        if (call.repId.equals(to)) {
            return view(call);
        }
        RosterRep rep = RosterRep.current(to);
        if (rep == null) {
            throw ApiException.unprocessable("repId", "rep '" + to + "' is not on the roster: an admin adds them first"
                    + " (PUT /api/roster/reps/" + to + ")");
        }
        String fromRep = call.repId;
        String fromTeam = call.teamId;
        Instant now = clock.instant();
        Optional<ScoreRevision> revision = scores.moveToRep(call, rep.repId, rep.teamId);
        if (call.statusReason != null && call.statusReason.equals(CallIngestionService.notTheRostersRep(fromRep, call.participants))) {
            call.statusReason = CallIngestionService.notTheRostersRep(call.repId, call.participants);
        }
        List<String> closedDisputes = disputes.closeOpen(call, "the call was moved from " + fromRep + " to " + call.repId
                + ": " + why, user.id(), now);
        List<String> withdrawnReviews = fromTeam.equals(call.teamId) ? List.of()
                : reviews.withdrawDraftsOutside(call, call.teamId, now);
        audit.record(AuditAction.CALL_MOVED, AuditEntities.CALL, call.id, call.id, AuditLog.details(
                "reason", why, "fromRepId", fromRep, "fromTeamId", fromTeam, "repId", call.repId, "teamId", call.teamId,
                "revision", revision.map(r -> r.revision).orElse(null), "closedDisputes", closedDisputes,
                "withdrawnReviews", withdrawnReviews));
        return view(call);
    }

    private static CallView view(SalesCall call) {
        return CallViews.call(call, CallTranscript.findById(call.id), ScoreRevision.latest(call).orElse(null));
    }
}
