package io.callreview.notification.delivery;

import io.callreview.notification.domain.Channel;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A nudge on its way to one channel")
public record DeliveryView(
        @Schema(example = "1042") long id,
        @Schema(example = "nudge-7f3c") String nudgeId,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-a") String teamId,
        @Schema(example = "CHAT") Channel channel,
        @Schema(example = "DEFERRED") DeliveryStatus status,
        @Schema(example = "QUIET_HOURS", description = "Why it is deferred, waiting, suppressed or failed") DeliveryReason reason,
        @Schema(description = "When a PENDING or DEFERRED delivery is due") Instant dueAt,
        @Schema(example = "1") int attempts,
        @Schema(example = "hooks.slack.com", description = "The email address, or the webhook host (the URL is a secret)") String destination,
        @Schema(description = "Set when the delivery went out together with others in a digest") String digestId,
        @Schema(example = "webhook answered 404", description = "What went wrong last, as the rep may read it") String lastError,
        @Schema(example = "webhook answered 404: no_service", description = "Admins, in the list of failed deliveries only:"
                + " the last failure in full (the receiver's answer, why an address was refused)") String errorDetail,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        List<AttemptView> attemptLog) {
}
