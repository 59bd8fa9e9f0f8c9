package io.callreview.scorecard.call;

import io.callreview.scorecard.transcript.TranscriptFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The transcript: JSON segments, or in content a WebVTT or SubRip file, or plain text ('Speaker: text'"
        + " lines, perhaps with their times: '[00:01:23] Speaker: text'; or a heading 'Speaker  1:23' over the text)")
public record TranscriptRequest(
        @NotNull @Schema(example = "webvtt", enumeration = {"segments", "webvtt", "srt", "text"}) TranscriptFormat format,
        @Schema(description = "For format segments") List<@NotNull @Valid SegmentRequest> segments,
        @Schema(description = "For format webvtt, srt or text",
                example = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Rita Rep>What budget have you set aside?</v>")
        String content) {
}
