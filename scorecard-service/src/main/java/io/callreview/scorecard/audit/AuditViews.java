package io.callreview.scorecard.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns stored audit entries into what the audit API answers. */
final class AuditViews {

    private AuditViews() {
    }

    static AuditEntryView entry(AuditEntry e) {
        List<String> roles = e.actorRoles == null || e.actorRoles.isBlank() ? List.of() : Arrays.asList(e.actorRoles.split(","));
        return new AuditEntryView(e.id, e.occurredAt, e.actorId, roles, e.action, e.entityType, e.entityId, e.callId,
                e.details == null ? Map.of() : e.details);
    }
}
