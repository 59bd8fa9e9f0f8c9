package io.callreview.notification.delivery;

import io.callreview.notification.domain.Nudge;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds what the delivery API shows from deliveries, their nudges and their attempts, all already loaded. */
final class DeliveryViews {

    private DeliveryViews() {
    }

    /** @param deliveries the nudge's deliveries; {@code attempts} holds theirs */
    static NudgeDeliveries nudgeDeliveries(Nudge nudge, List<Delivery> deliveries, List<DeliveryAttempt> attempts) {
        return new NudgeDeliveries(nudge.nudgeId, nudge.repId, nudge.teamId, nudge.kind, nudge.title, nudge.receivedAt,
                nudge.expiresAt, deliveries(deliveries, attempts));
    }

    /**
     * @param deliveries deliveries with their nudge loaded
     * @param attempts   the attempts of those deliveries, in attempt order
     */
    static List<DeliveryView> deliveries(List<Delivery> deliveries, List<DeliveryAttempt> attempts) {
        return views(deliveries, attempts, false);
    }

    /** Failed deliveries as an admin reviews them: with each one's last failure in full. */
    static List<DeliveryView> failedDeliveries(List<Delivery> deliveries, List<DeliveryAttempt> attempts) {
        return views(deliveries, attempts, true);
    }

    private static List<DeliveryView> views(List<Delivery> deliveries, List<DeliveryAttempt> attempts, boolean withDetail) {
        Map<Long, List<AttemptView>> byDelivery = attempts.stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId, Collectors.mapping(DeliveryViews::attempt, Collectors.toList())));
        return deliveries.stream().map(d -> delivery(d, byDelivery.getOrDefault(d.id, List.of()), withDetail)).toList();
    }

    private static DeliveryView delivery(Delivery delivery, List<AttemptView> attempts, boolean withDetail) {
        return new DeliveryView(delivery.id, delivery.nudge.nudgeId, delivery.repId, delivery.nudge.teamId, delivery.channel,
                delivery.status, delivery.reason, delivery.dueAt, delivery.attempts, delivery.destination, delivery.digestId,
                delivery.lastError, withDetail ? delivery.lastErrorDetail : null, delivery.createdAt, delivery.updatedAt,
                delivery.sentAt, attempts);
    }

    private static AttemptView attempt(DeliveryAttempt attempt) {
        return new AttemptView(attempt.attemptNo, attempt.startedAt, attempt.finishedAt, attempt.outcome, attempt.error, attempt.retryAt);
    }
}
