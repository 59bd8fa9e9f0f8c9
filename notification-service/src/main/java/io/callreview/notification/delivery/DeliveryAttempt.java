package io.callreview.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** One try at sending a delivery, written (IN_FLIGHT) before the send starts. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public Long deliveryId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    public int attemptNo;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptOutcome outcome;

    public String error;

    /** When the next attempt was scheduled after this one failed. */
    @Column(name = "retry_at")
    public Instant retryAt;

    public static List<DeliveryAttempt> forDeliveries(Collection<Long> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of() : list("deliveryId in ?1 ORDER BY deliveryId, attemptNo", deliveryIds);
    }

    public static int lastAttemptNo(Long deliveryId) {
        Integer max = find("SELECT max(a.attemptNo) FROM DeliveryAttempt a WHERE a.deliveryId = ?1", deliveryId)
                .project(Integer.class).firstResult();
        return max == null ? 0 : max;
    }

    public static DeliveryAttempt inFlight(Long deliveryId, int attemptNo) {
        return find("deliveryId = ?1 and attemptNo = ?2", deliveryId, attemptNo).firstResult();
    }
}
