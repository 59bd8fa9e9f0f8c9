package io.callreview.scorecard.call.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How calls from a webhook source get their call type")
public record SourceSettingsRequest(
        @Size(max = 40) @Schema(example = "discovery", description = "Used when no topic rule matches") String defaultCallType,
        @NotNull @Size(max = 100) List<@NotNull @Valid TopicRule> topicRules) {
}
