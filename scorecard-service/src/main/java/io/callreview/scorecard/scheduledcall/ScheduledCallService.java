package io.callreview.scorecard.scheduledcall;

import io.callreview.events.EventContract;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.calltype.CallTypeService;
import io.callreview.scorecard.domain.CallType;
import io.callreview.scorecard.roster.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls announced before they happen. Idempotent by (source, externalId): the same announcement again changes
 * nothing; a changed time, type, rep or team is a reschedule, stored and announced again (same scheduledCallId),
 * so coaching can move its pre-call nudge.
 */
@ApplicationScoped
public class ScheduledCallService {

    /** Announcements for calls that started longer ago than this are refused: no nudge could help any more. */
    static final Duration PAST_TOLERANCE = Duration.ofMinutes(5);

    public record Outcome(int status, ScheduledCallView call) {
    }

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    Roster roster;

    @Inject
    AuditLog audit;

    @Transactional
    public Outcome schedule(ScheduledCallRequest request) {
        CallType type = CallTypeService.requireNamedIn(request.callType());
        Instant now = clock.instant();
        Optional<ScheduledCall> existing = ScheduledCall.findByExternalId(request.sourceOrDefault(), request.externalId());
        if (existing.isPresent() && unchanged(existing.get(), request, type)) {
            return new Outcome(200, ScheduledCallViews.scheduledCall(existing.get()));
        }
        if (request.startsAt().isBefore(now.minus(PAST_TOLERANCE))) {
            throw ApiException.unprocessable("startsAt", "the call started at " + request.startsAt()
                    + ", in the past: only upcoming calls can be scheduled");
        }
        if (request.teamId() != null) {
            roster.admitCall(request.repId(), request.teamId(),
                    "scheduled call:" + request.sourceOrDefault() + "/" + request.externalId());
        }
        ScheduledCall call = existing.orElseGet(() -> {
            ScheduledCall created = new ScheduledCall();
            created.id = UUID.randomUUID().toString();
            created.source = request.sourceOrDefault();
            created.externalId = request.externalId();
            created.createdAt = now;
            return created;
        });
        call.repId = request.repId();
        call.teamId = request.teamId();
        call.callType = type;
        call.startsAt = request.startsAt();
        call.updatedAt = now;
        call.persist();
        outbox.publish(EventContract.CALL_SCHEDULED, ScheduledCallViews.event(call));
        audit.record(AuditAction.SCHEDULED_CALL_RECEIVED, AuditEntities.SCHEDULED_CALL, call.id, AuditLog.details(
                "source", call.source, "externalId", call.externalId, "repId", call.repId, "teamId", call.teamId,
                "callType", type.key, "startsAt", call.startsAt.toString(), "rescheduled", existing.isPresent(), "receivedBy", user.id()));
        return new Outcome(existing.isPresent() ? 200 : 201, ScheduledCallViews.scheduledCall(call));
    }

    @Transactional
    public ScheduledCallView get(String id) {
        ScheduledCall call = ScheduledCall.findById(id);
        if (call == null) {
            throw ApiException.notFound("scheduled call", id);
        }
        user.requireRep("scheduled call", id, call.repId, call.teamId);
        return ScheduledCallViews.scheduledCall(call);
    }

    private static boolean unchanged(ScheduledCall call, ScheduledCallRequest request, CallType type) {
        return call.startsAt.equals(request.startsAt()) && call.repId.equals(request.repId())
                && Objects.equals(call.teamId, request.teamId()) && call.callType.id.equals(type.id);
    }
}
