package io.callreview.notification.inbox;

import io.callreview.events.EventContract;
import io.callreview.events.NudgeRequested;
import io.callreview.events.RepResponse;
import io.callreview.notification.domain.Nudge;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a rep's answer and publishes it as {@code RepResponse} through the outbox, in one transaction.
 * A nudge takes one acknowledgement and one self-assessment. Sending the same answer again is an idempotent
 * replay (the first response comes back, nothing is published again); a different self-assessment is a 409,
 * because coaching-service has already acted on the first.
 */
@ApplicationScoped
public class ResponseService {

    public record Result(ResponseView response, boolean created) {
    }

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Result respond(String repId, String nudgeId, ResponseRequest request) {
        Nudge nudge = InboxService.ownNudge(repId, nudgeId);
        check(nudge, request);
        Optional<NudgeResponse> earlier = NudgeResponse.find(nudge, request.kind());
        if (earlier.isPresent()) {
            if (earlier.get().selfAssessment != request.selfAssessment()) {
                throw ApiException.conflict("selfAssessment", "nudge '" + nudgeId + "' was already answered "
                        + earlier.get().selfAssessment + "; an answer cannot be changed");
            }
            return new Result(InboxViews.response(nudge, earlier.get()), false);
        }
        Instant now = clock.instant();
        NudgeResponse response = new NudgeResponse();
        response.responseId = UUID.randomUUID().toString();
        response.nudge = nudge;
        response.kind = request.kind();
        response.selfAssessment = request.selfAssessment();
        response.respondedAt = now;
        response.persist();
        if (nudge.readAt == null) {
            nudge.readAt = now;
        }
        outbox.publish(EventContract.REP_RESPONSE, new RepResponse(response.responseId, nudge.nudgeId, nudge.repId,
                nudge.behaviourKey, nudge.callId, response.kind, response.selfAssessment, now));
        return new Result(InboxViews.response(nudge, response), true);
    }

    private static void check(Nudge nudge, ResponseRequest request) {
        if (request.kind() == RepResponse.Kind.SELF_ASSESSMENT) {
            if (request.selfAssessment() == null) {
                throw ApiException.badRequest("selfAssessment", "is required when kind is SELF_ASSESSMENT (YES, NO or NOT_SURE)");
            }
            if (!nudge.offers(NudgeRequested.ActionType.SELF_ASSESSMENT)) {
                throw ApiException.unprocessable("kind", "nudge '" + nudge.nudgeId + "' does not ask for a self-assessment");
            }
        } else if (request.selfAssessment() != null) {
            throw ApiException.badRequest("selfAssessment", "must be absent when kind is ACKNOWLEDGED");
        }
    }
}
