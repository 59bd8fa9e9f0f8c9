package io.callreview.coaching.mentoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The mentor's moment where they did the behaviour well (only when the mentor shares their moments)")
public record MentorMomentView(
        @Schema(example = "c-88") String callId,
        @Schema(description = "Where in the call, in milliseconds", example = "61000") Long atMs,
        @Schema(example = "1:01") String at,
        @Schema(example = "What budget have you set aside for this?") String quote,
        @Schema(example = "https://app.callreview.local/calls/c-88?t=61") String url) {
}
