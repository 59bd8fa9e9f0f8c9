package io.callreview.notification.delivery;

import io.callreview.notification.domain.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What happens to a new nudge on each channel. {@code pushDay} is the rep's local day whose daily cap the
 * nudge uses up, or null when it uses none (no push channel, digest, suppressed).
 */
public record DeliveryPlan(Map<Channel, Step> steps, LocalDate pushDay) {

    public DeliveryPlan {
        steps = Map.copyOf(steps);
    }

    public boolean reachesInbox() {
        Step inbox = steps.get(Channel.INBOX);
        return inbox != null && inbox.status() == DeliveryStatus.SENT;
    }

    public record Step(DeliveryStatus status, DeliveryReason reason, Instant dueAt) {

        static Step sentAt(Instant at) {
            return new Step(DeliveryStatus.SENT, null, at);
        }

        static Step suppressed(DeliveryReason reason) {
            return new Step(DeliveryStatus.SUPPRESSED, reason, null);
        }

        static Step dueAt(Instant due, Instant now, DeliveryReason reasonIfLater) {
            return due.isAfter(now)
                    ? new Step(DeliveryStatus.DEFERRED, reasonIfLater, due)
                    : new Step(DeliveryStatus.PENDING, null, now);
        }
    }
}
