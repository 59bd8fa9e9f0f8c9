package io.callreview.scorecard.call;

import io.callreview.scorecard.domain.CallStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of calls, newest first. Follow next (or pass nextCursor as cursor) for the following page:"
        + " a cursor page costs the same however deep it is, where a page number makes the database skip every call before it.")
public record CallPage(
        List<CallSummary> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Calls matching the filters, counted up to 10,000 (or as far as this page reaches, if further):"
                + " more than that when totalExact is false. Left out (null) on cursor pages, since counting grows with the list",
                example = "57") Long total,
        @Schema(description = "False when more calls match than total says; null on cursor pages", example = "true")
        Boolean totalExact,
        @Schema(description = "The cursor of the following page; null on the last page", example = "MjAyNi0wMy0wM1QxMDowMDowMFp8M2Y...")
        String nextCursor,
        @Schema(description = "The following page, as a path with this request's filters and nextCursor; null on the last page",
                example = "/api/calls?teamId=team-emea&size=20&cursor=MjAyNi0wMy0wM1QxMDowMDowMFp8M2Y...") String next) {

    CallPage withNext(String link) {
        return new CallPage(items, page, size, total, totalExact, nextCursor, link);
    }

    @Schema(description = "A call in a list, with the headline of its latest score")
    public record CallSummary(
            String id, String externalId, String source, String repId,
            @Schema(example = "Rita Rep", description = "The rep's name on the roster; null when the roster has none") String repName,
            String teamId, String callType,
            Instant startedAt, int durationSeconds, CallStatus status,
            @Schema(example = "1") Integer scoreRevision, @Schema(example = "80.0") Double overallScore,
            boolean autoFailed, boolean reviewRequired) {
    }
}
