package io.callreview.notification.delivery;

import io.callreview.notification.delivery.channel.OutgoingMessage;
import java.util.List;

/** Claimed deliveries that leave as one message (one nudge, or a digest), with the number each one's attempt will have. */
public record SendJob(List<Claimed> deliveries, OutgoingMessage message) {

    public SendJob {
        deliveries = List.copyOf(deliveries);
    }

    public record Claimed(long deliveryId, int attemptNo) {
    }
}
