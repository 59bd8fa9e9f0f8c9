package io.callreview.platform.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One line of the append-only audit log")
public record AuditEntryView(
        @Schema(example = "1042") long id,
        Instant occurredAt,
        @Schema(example = "coach-7") String actorId,
        @Schema(example = "[\"coach\"]") List<String> actorRoles,
        @Schema(example = "VERDICT_OVERRIDDEN", description = "One of the service's actions, or ACCESS_DENIED") String action,
        @Schema(example = "review") String entityType,
        @Schema(example = "0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10") String entityId,
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11", description = "The call it concerns, if any") String callId,
        @Schema(example = "{\"behaviourKey\": \"next-steps\", \"before\": \"MET\", \"after\": \"MISSED\", \"reason\": \"Nothing was agreed.\", \"revision\": 2}")
        Map<String, Object> details) {

    static AuditEntryView of(AuditEntry e) {
        List<String> roles = e.actorRoles == null || e.actorRoles.isBlank() ? List.of() : Arrays.asList(e.actorRoles.split(","));
        return new AuditEntryView(e.id, e.occurredAt, e.actorId, roles, e.action, e.entityType, e.entityId, e.callId,
                e.details == null ? Map.of() : e.details);
    }

    @Schema(description = "A page of audit entries, newest first")
    public record Page(List<AuditEntryView> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
                       @Schema(example = "7") long total) {
    }
}
