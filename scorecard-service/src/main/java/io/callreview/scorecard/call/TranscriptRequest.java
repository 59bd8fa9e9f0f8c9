package io.callreview.scorecard.call;

import io.callreview.scorecard.transcript.TranscriptFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The transcript: JSON segments, or WebVTT / plain 'Speaker: text' lines in content")
public record TranscriptRequest(
        @NotNull @Schema(example = "webvtt", enumeration = {"segments", "webvtt", "text"}) TranscriptFormat format,
        @Schema(description = "For format segments") List<@NotNull @Valid SegmentRequest> segments,
        @Schema(description = "For format webvtt or text",
                example = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Rita Rep>What budget have you set aside?</v>")
        String content) {
}
