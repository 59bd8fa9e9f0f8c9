package io.callreview.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the audit log's hash chain is intact, and if not, where it first breaks")
public record AuditVerificationView(
        @Schema(example = "true") boolean intact,
        @Schema(example = "1842", description = "Entries verified before the first break (all of them when intact)") long verified,
        @Schema(description = "The first entry whose link does not hold; absent when intact") Long brokenAt,
        @Schema(example = "its fields no longer match its hash") String problem) {

    static AuditVerificationView intact(long verified) {
        return new AuditVerificationView(true, verified, null, null);
    }

    static AuditVerificationView broken(long verified, long at, String problem) {
        return new AuditVerificationView(false, verified, at, "entry " + at + ": " + problem);
    }
}
