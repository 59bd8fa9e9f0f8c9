package io.callreview.scorecard.calltype;

import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.CallType;
import io.callreview.scorecard.domain.ScorecardStatus;
import io.callreview.scorecard.domain.ScorecardVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CallTypeService {

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public CallTypeView create(CallTypeRequest request) {
        if (CallType.findByKey(request.key()).isPresent()) {
            throw ApiException.conflict("key", "call type '" + request.key() + "' already exists");
        }
        Instant now = clock.instant();
        CallType type = new CallType();
        type.key = request.key();
        type.name = request.name();
        type.description = request.description();
        type.createdAt = now;
        type.updatedAt = now;
        type.persist();
        audit.record(AuditAction.CALL_TYPE_CREATED, AuditEntities.CALL_TYPE, type.key,
                AuditLog.details("after", AuditLog.details("name", type.name, "description", type.description)));
        return CallTypeViews.callType(type, null);
    }

    @Transactional
    public List<CallTypeView> list() {
        return CallType.<CallType>list("ORDER BY key").stream()
                .map(type -> CallTypeViews.callType(type, publishedVersion(type))).toList();
    }

    @Transactional
    public CallTypeView get(String key) {
        CallType type = require(key);
        return CallTypeViews.callType(type, publishedVersion(type));
    }

    @Transactional
    public CallTypeView update(String key, CallTypeUpdate update) {
        CallType type = require(key);
        Map<String, Object> before = AuditLog.details("name", type.name, "description", type.description);
        type.name = update.name();
        type.description = update.description();
        type.updatedAt = clock.instant();
        audit.record(AuditAction.CALL_TYPE_UPDATED, AuditEntities.CALL_TYPE, type.key, AuditLog.details("before", before,
                "after", AuditLog.details("name", type.name, "description", type.description)));
        return CallTypeViews.callType(type, publishedVersion(type));
    }

    /** A call type whose scorecard has ever graded calls keeps its history: retire the scorecard instead. */
    @Transactional
    public void delete(String key) {
        CallType type = require(key);
        List<ScorecardVersion> versions = ScorecardVersion.listFor(type);
        if (versions.stream().anyMatch(v -> v.status != ScorecardStatus.DRAFT)) {
            throw ApiException.conflict("key", "call type '" + key + "' has published scorecard versions that scores"
                    + " refer to; retire its scorecard instead of deleting it");
        }
        versions.forEach(ScorecardVersion::delete);
        type.delete();
        audit.record(AuditAction.CALL_TYPE_DELETED, AuditEntities.CALL_TYPE, type.key,
                AuditLog.details("before", AuditLog.details("name", type.name, "description", type.description),
                        "discardedDrafts", versions.size()));
    }

    /** The call type a path names: 404 when there is none. */
    public static CallType require(String key) {
        return CallType.findByKey(key).orElseThrow(() -> ApiException.notFound("call type", key));
    }

    /**
     * The call type a request body's {@code callType} names: 422 naming the field when there is none (the address was
     * right; a 404 would tell a webhook sender that the endpoint is gone).
     */
    public static CallType requireNamedIn(String key) {
        return CallType.findByKey(key).orElseThrow(() -> ApiException.unprocessable("callType",
                "call type '" + key + "' does not exist: create it with POST /api/call-types first"));
    }

    private static Integer publishedVersion(CallType type) {
        return ScorecardVersion.findPublished(type).map(v -> v.version).orElse(null);
    }
}
