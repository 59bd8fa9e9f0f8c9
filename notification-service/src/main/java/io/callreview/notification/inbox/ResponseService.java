package io.callreview.notification.inbox;

import io.callreview.events.EventContract;
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
 * A nudge takes one answer of each kind it asks for ({@link AnswerRules}). Sending the same answer again is an
 * idempotent replay (the first response comes back, nothing is published again); a different one is a 409,
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
        AnswerRules.check(nudge, request);
        Optional<NudgeResponse> earlier = NudgeResponse.find(nudge, request.kind());
        if (earlier.isPresent()) {
            if (!AnswerRules.sameAnswer(earlier.get(), request)) {
                throw ApiException.conflict(AnswerRules.answerField(request.kind()), "nudge '" + nudgeId
                        + "' was already answered (" + earlier.get().describe() + "); an answer cannot be changed");
            }
            return new Result(InboxViews.response(nudge, earlier.get()), false);
        }
        Instant now = clock.instant();
        NudgeResponse response = new NudgeResponse();
        response.responseId = UUID.randomUUID().toString();
        response.nudge = nudge;
        response.kind = request.kind();
        response.selfAssessment = request.selfAssessment();
        response.choice = request.choice();
        response.text = request.ownWords();
        response.respondedAt = now;
        response.persist();
        if (nudge.readAt == null) {
            nudge.readAt = now;
        }
        outbox.publish(EventContract.REP_RESPONSE, new RepResponse(response.responseId, nudge.nudgeId, nudge.repId,
                nudge.behaviourKey, nudge.callId, response.kind, response.selfAssessment, now, response.choice, response.text));
        return new Result(InboxViews.response(nudge, response), true);
    }
}
