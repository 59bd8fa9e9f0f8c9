package io.callreview.scorecard.call.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How calls from a webhook source get their call type: the first matching topic rule, else the default")
public record SourceSettingsView(
        @Schema(example = "zoom") String source,
        @Schema(example = "discovery") String defaultCallType,
        List<TopicRule> topicRules,
        Instant updatedAt) {
}
