package io.callreview.notification.delivery;

import io.callreview.notification.audit.AuditAction;
import io.callreview.notification.domain.Nudge;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;

/** Reads the delivery log, lists failed deliveries and puts them back in the queue. */
@ApplicationScoped
public class DeliveryLog {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** @param maySee whether the caller may see a rep of a team; anything else is "not found" */
    @Transactional
    public NudgeDeliveries forNudge(String nudgeId, BiPredicate<String, String> maySee) {
        Nudge nudge = Nudge.findByNudgeId(nudgeId).orElseThrow(() -> ApiException.notFound("nudge", nudgeId));
        if (!maySee.test(nudge.repId, nudge.teamId)) {
            throw ApiException.hidden("nudge", nudgeId, "neither the caller's own nor of the caller's teams");
        }
        List<Delivery> deliveries = Delivery.forNudge(nudge);
        return DeliveryViews.nudgeDeliveries(nudge, deliveries, attemptsOf(deliveries));
    }

    @Transactional
    public DeliveryPage failed(int page, int size) {
        List<Delivery> failed = Delivery.failed(Page.of(page, size));
        return new DeliveryPage(DeliveryViews.failedDeliveries(failed, attemptsOf(failed)), page, size,
                Delivery.count("status", DeliveryStatus.FAILED));
    }

    /**
     * Queues a FAILED delivery again with a fresh attempt budget. A delivery that failed as part of a digest is
     * retried with the rest of that digest, as one message again.
     */
    @Transactional
    public List<DeliveryView> retry(long deliveryId) {
        Delivery delivery = Delivery.withNudge(deliveryId)
                .orElseThrow(() -> ApiException.notFound("delivery", deliveryId));
        if (delivery.status != DeliveryStatus.FAILED) {
            throw ApiException.conflict("status", "delivery " + deliveryId + " is " + delivery.status + "; only FAILED deliveries can be retried");
        }
        List<Delivery> together = delivery.digestId == null ? List.of(delivery)
                : Delivery.inDigest(delivery.digestId).stream().filter(d -> d.status == DeliveryStatus.FAILED).toList();
        Instant now = clock.instant();
        for (Delivery d : together) {
            audit.record(AuditAction.DELIVERY_RETRIED, AuditAction.DELIVERY, String.valueOf(d.id), AuditLog.details(
                    "repId", d.repId, "nudgeId", d.nudge.nudgeId, "channel", d.channel.name(), "digestId", d.digestId,
                    "attempts", d.attempts, "lastError", d.lastError, "before", d.status.name(), "after", DeliveryStatus.PENDING.name()));
            d.moveTo(DeliveryStatus.PENDING, DeliveryReason.ADMIN_RETRY, now, now);
            d.attempts = 0;
        }
        return DeliveryViews.deliveries(together, attemptsOf(together));
    }

    private static List<DeliveryAttempt> attemptsOf(List<Delivery> deliveries) {
        return DeliveryAttempt.forDeliveries(deliveries.stream().map(d -> d.id).toList());
    }
}
