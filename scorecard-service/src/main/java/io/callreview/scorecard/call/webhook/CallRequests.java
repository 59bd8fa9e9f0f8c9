package io.callreview.scorecard.call.webhook;

import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.call.ParticipantRequest;
import io.callreview.scorecard.transcript.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks calls built from webhook payloads with the same rules as {@code POST /api/calls}. */
@ApplicationScoped
public class CallRequests {

    @Inject
    Validator validator;

    public CallRequest valid(CallRequest request) {
        Set<ConstraintViolation<CallRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** The payload's own participants, or else the mapped rep under their transcript name. */
    static List<ParticipantRequest> participants(List<ParticipantRequest> listed, SourceIdentity rep) {
        if (listed != null && !listed.isEmpty()) {
            return listed;
        }
        List<ParticipantRequest> participants = new ArrayList<>();
        if (rep.displayName != null && !rep.displayName.isBlank()) {
            participants.add(new ParticipantRequest(rep.displayName, Role.REP));
        }
        return participants.isEmpty() ? List.of(new ParticipantRequest(rep.repId, Role.REP)) : participants;
    }
}
