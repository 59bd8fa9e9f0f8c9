package io.callreview.notification.preferences;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which channels a rep wants; a missing switch takes its default (inbox on, email and chat off)",
        additionalProperties = Schema.False.class)
public record ChannelSwitches(
        @Schema(example = "true", description = "In-app inbox; it never interrupts, so quiet hours and the cap do not apply") Boolean inbox,
        @Schema(example = "true", description = "Email; needs emailAddress") Boolean email,
        @Schema(example = "false", description = "Slack-compatible chat webhook; needs chatWebhookUrl") Boolean chat) {
}
