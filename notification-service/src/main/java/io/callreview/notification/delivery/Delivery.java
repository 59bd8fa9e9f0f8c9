package io.callreview.notification.delivery;

import io.callreview.notification.domain.Channel;
import io.callreview.notification.domain.Nudge;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A nudge on its way to one channel, with its current status; its attempts are the history. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nudge_ref", nullable = false, updatable = false)
    public Nudge nudge;

    @Column(name = "rep_id", nullable = false, updatable = false)
    public String repId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Enumerated(EnumType.STRING)
    public DeliveryReason reason;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public int attempts;

    /** Deliveries sent together in one digest message share this id. */
    @Column(name = "digest_id")
    public String digestId;

    /** Where it went: the email address, or the webhook's host (the URL itself is a secret). */
    public String destination;

    /** What the rep may read about the last failure, such as a webhook's status code. */
    @Column(name = "last_error")
    public String lastError;

    /** The last failure in full (the receiver's answer, why an address was refused): for admins only. */
    @Column(name = "last_error_detail")
    public String lastErrorDetail;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static List<Delivery> forNudge(Nudge nudge) {
        return list("nudge = ?1 ORDER BY channel", nudge);
    }

    /** The digest's deliveries, each with its nudge. */
    public static List<Delivery> inDigest(String digestId) {
        return list("FROM Delivery d JOIN FETCH d.nudge WHERE d.digestId = ?1 ORDER BY d.id", digestId);
    }

    public static Optional<Delivery> withNudge(long id) {
        return find("FROM Delivery d JOIN FETCH d.nudge WHERE d.id = ?1", id).firstResultOptional();
    }

    /** A page of the FAILED deliveries, each with its nudge, most recently changed first. */
    public static List<Delivery> failed(Page page) {
        return find("FROM Delivery d JOIN FETCH d.nudge WHERE d.status = ?1 ORDER BY d.updatedAt DESC, d.id DESC",
                DeliveryStatus.FAILED).page(page).list();
    }

    public void moveTo(DeliveryStatus status, DeliveryReason reason, Instant dueAt, Instant now) {
        this.status = status;
        this.reason = reason;
        this.dueAt = dueAt;
        this.leaseUntil = null;
        this.updatedAt = now;
    }
}
