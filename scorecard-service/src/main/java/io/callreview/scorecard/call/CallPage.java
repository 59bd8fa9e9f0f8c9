package io.callreview.scorecard.call;

import io.callreview.scorecard.domain.CallStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of calls, newest first")
public record CallPage(
        List<CallSummary> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "57") long total) {

    @Schema(description = "A call in a list, with the headline of its latest score")
    public record CallSummary(
            String id, String externalId, String source, String repId, String teamId, String callType,
            Instant startedAt, int durationSeconds, CallStatus status,
            @Schema(example = "1") Integer scoreRevision, @Schema(example = "80.0") Double overallScore,
            boolean autoFailed, boolean reviewRequired) {
    }
}
