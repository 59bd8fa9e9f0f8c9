package io.callreview.notification.delivery;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.delivery.channel.DeliveryFailure;
import io.callreview.notification.delivery.channel.NudgeContent;
import io.callreview.notification.delivery.channel.OutgoingMessage;
import io.callreview.notification.preferences.DeliveryPreferences;
import io.callreview.notification.preferences.PreferencesService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The transactional steps of sending. A due delivery is claimed with {@code FOR UPDATE SKIP LOCKED}, checked
 * again (expiry, channel still on, quiet hours), and moved to SENDING under a lease, in one commit. Right before its
 * message is handed to the channel, its attempt is recorded in a commit of its own; the outcome is recorded in a
 * third. Several instances therefore never send the same delivery. A crash after the attempt was recorded leaves a
 * visible in-doubt attempt instead of a silent resend; a delivery that was claimed but never attempted (the rest of
 * a batch) simply goes back to pending.
 */
@ApplicationScoped
public class DeliveryClaims {

    @Inject
    EntityManager em;

    @Inject
    NotificationConfig config;

    @Inject
    PreferencesService preferences;

    /**
     * Deliveries whose lease ran out while SENDING: the sending instance died. One whose attempt was under way may have
     * reached the rep, so it is FAILED (in doubt) for an admin to decide; one that was never attempted goes back to
     * pending. Returns how many were in doubt.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int releaseExpiredLeases(Instant now) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM delivery WHERE status = 'SENDING' AND lease_until < ?1"
                        + " ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .getResultList();
        int inDoubt = 0;
        for (Number id : ids) {
            Delivery delivery = Delivery.findById(id.longValue());
            DeliveryAttempt attempt = DeliveryAttempt.inFlight(delivery.id, DeliveryAttempt.lastAttemptNo(delivery.id));
            if (attempt == null || attempt.outcome != AttemptOutcome.IN_FLIGHT) {
                delivery.moveTo(DeliveryStatus.PENDING, delivery.reason, now, now);
                continue;
            }
            delivery.moveTo(DeliveryStatus.FAILED, DeliveryReason.IN_DOUBT, null, now);
            delivery.lastError = "in doubt: the sending instance stopped before recording the outcome;"
                    + " the rep may already have it, so it is not resent automatically";
            delivery.lastErrorDetail = null;
            attempt.outcome = AttemptOutcome.IN_DOUBT;
            attempt.finishedAt = now;
            inDoubt++;
        }
        return inDoubt;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<SendJob> claimDue(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM delivery WHERE status IN ('PENDING', 'DEFERRED') AND due_at <= ?1"
                        + " ORDER BY due_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Delivery> due = Delivery.list("id in ?1 ORDER BY dueAt, id", ids.stream().map(Number::longValue).toList());
        Map<String, List<Delivery>> messages = new LinkedHashMap<>();
        for (Delivery delivery : due) {
            messages.computeIfAbsent(messageKey(delivery), key -> new ArrayList<>()).add(delivery);
        }
        Map<String, DeliveryPreferences> preferencesByRep = new HashMap<>();
        List<SendJob> jobs = new ArrayList<>();
        for (List<Delivery> group : messages.values()) {
            Delivery first = group.get(0);
            DeliveryPreferences prefs = preferencesByRep.computeIfAbsent(first.repId, preferences::effective);
            if (isDigest(first) && first.digestId == null) {
                group.addAll(claimRestOfDigest(first, now, ids));
                String digestId = UUID.randomUUID().toString();
                group.forEach(d -> d.digestId = digestId);
            }
            List<Delivery> sendable = new ArrayList<>();
            for (Delivery delivery : group) {
                if (delivery.nudge.isExpired(now)) {
                    delivery.moveTo(DeliveryStatus.SUPPRESSED, DeliveryReason.EXPIRED, null, now);
                } else if (!prefs.reaches(delivery.channel)) {
                    delivery.moveTo(DeliveryStatus.SUPPRESSED, DeliveryReason.CHANNEL_OFF, null, now);
                } else {
                    sendable.add(delivery);
                }
            }
            if (sendable.isEmpty()) {
                continue;
            }
            if (prefs.isQuiet(now)) {
                Instant end = prefs.outsideQuietHours(now);
                sendable.forEach(d -> d.moveTo(DeliveryStatus.DEFERRED, DeliveryReason.QUIET_HOURS, end, now));
                continue;
            }
            jobs.add(claim(sendable, prefs, now));
        }
        return jobs;
    }

    /** Gives back claimed deliveries that were never attempted (the instance is stopping), due at once. */
    @Transactional
    public void release(SendJob job, Instant now) {
        for (SendJob.Claimed claimed : job.deliveries()) {
            Delivery delivery = Delivery.findById(claimed.deliveryId());
            delivery.moveTo(DeliveryStatus.PENDING, delivery.reason, now, now);
        }
    }

    /** Records the attempt of each claimed delivery, committed before the message is handed to its channel. */
    @Transactional
    public void startAttempt(SendJob job, Instant now) {
        for (SendJob.Claimed claimed : job.deliveries()) {
            Delivery delivery = Delivery.findById(claimed.deliveryId());
            delivery.attempts++;
            DeliveryAttempt attempt = new DeliveryAttempt();
            attempt.deliveryId = delivery.id;
            attempt.attemptNo = claimed.attemptNo();
            attempt.startedAt = now;
            attempt.outcome = AttemptOutcome.IN_FLIGHT;
            attempt.persist();
        }
    }

    @Transactional
    public void recordSent(SendJob job, Instant now) {
        for (SendJob.Claimed claimed : job.deliveries()) {
            Delivery delivery = Delivery.findById(claimed.deliveryId());
            // also when the lease ran out and the delivery was declared in doubt meanwhile: now we know it went out
            delivery.moveTo(DeliveryStatus.SENT, null, null, now);
            delivery.sentAt = now;
            delivery.lastError = null;
            delivery.lastErrorDetail = null;
            finish(claimed, AttemptOutcome.SENT, null, null, now);
        }
    }

    @Transactional
    public void recordFailed(SendJob job, DeliveryFailure failure, Instant now) {
        String error = truncate(failure.getMessage(), 1000);
        String detail = truncate(failure.detail(), 1000);
        Backoff backoff = new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff(), config.retry().jitter());
        Instant retryAt = null;
        for (SendJob.Claimed claimed : job.deliveries()) {
            Delivery delivery = Delivery.findById(claimed.deliveryId());
            delivery.lastError = error;
            delivery.lastErrorDetail = detail;
            if (failure.permanent()) {
                delivery.moveTo(DeliveryStatus.FAILED, DeliveryReason.PERMANENT_ERROR, null, now);
            } else if (delivery.attempts >= config.retry().maxAttempts()) {
                delivery.moveTo(DeliveryStatus.FAILED, DeliveryReason.RETRIES_EXHAUSTED, null, now);
            } else {
                if (retryAt == null) {
                    Duration delay = backoff.delay(delivery.attempts, ThreadLocalRandom.current()::nextDouble);
                    Duration requested = failure.requestedDelay().orElse(Duration.ZERO);
                    retryAt = roundUpToSecond(now.plus(requested.compareTo(delay) > 0 ? requested : delay));
                }
                delivery.moveTo(DeliveryStatus.PENDING, DeliveryReason.RETRY_BACKOFF, retryAt, now);
            }
            finish(claimed, AttemptOutcome.FAILED, error, delivery.status == DeliveryStatus.PENDING ? retryAt : null, now);
        }
    }

    private SendJob claim(List<Delivery> deliveries, DeliveryPreferences prefs, Instant now) {
        Instant leaseUntil = now.plus(config.dispatcher().lease());
        List<SendJob.Claimed> claimed = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            delivery.moveTo(DeliveryStatus.SENDING, delivery.reason, delivery.dueAt, now);
            delivery.leaseUntil = leaseUntil;
            delivery.destination = Destinations.describe(delivery.channel, prefs);
            claimed.add(new SendJob.Claimed(delivery.id, DeliveryAttempt.lastAttemptNo(delivery.id) + 1));
        }
        Delivery first = deliveries.get(0);
        boolean digest = first.digestId != null;
        List<NudgeContent> contents = deliveries.stream().map(d -> NudgeContent.of(d.nudge, config.appUrl())).toList();
        OutgoingMessage message = new OutgoingMessage(first.channel, first.repId, prefs.destination(first.channel), contents,
                digest, digest ? "digest-" + first.digestId : "delivery-" + first.id, preferencesUrl());
        return new SendJob(claimed, message);
    }

    /** Other due digest deliveries of the same rep and channel, so one digest carries them all. */
    @SuppressWarnings("unchecked")
    private List<Delivery> claimRestOfDigest(Delivery first, Instant now, List<Number> alreadyClaimed) {
        List<Number> more = em.createNativeQuery("SELECT id FROM delivery WHERE rep_id = ?1 AND channel = ?2 AND status = 'DEFERRED'"
                        + " AND reason = 'DIGEST' AND digest_id IS NULL AND due_at <= ?3 FOR UPDATE SKIP LOCKED")
                .setParameter(1, first.repId)
                .setParameter(2, first.channel.name())
                .setParameter(3, now)
                .getResultList();
        List<Long> known = alreadyClaimed.stream().map(Number::longValue).toList();
        List<Long> extra = more.stream().map(Number::longValue).filter(id -> !known.contains(id)).toList();
        return extra.isEmpty() ? List.of() : Delivery.list("id in ?1 ORDER BY id", extra);
    }

    private void finish(SendJob.Claimed claimed, AttemptOutcome outcome, String error, Instant retryAt, Instant now) {
        DeliveryAttempt attempt = DeliveryAttempt.inFlight(claimed.deliveryId(), claimed.attemptNo());
        if (attempt != null) {
            attempt.outcome = outcome;
            attempt.error = error;
            attempt.retryAt = retryAt;
            attempt.finishedAt = now;
        }
    }

    private String preferencesUrl() {
        String base = config.appUrl().endsWith("/") ? config.appUrl().substring(0, config.appUrl().length() - 1) : config.appUrl();
        return base + "/settings/notifications";
    }

    private static boolean isDigest(Delivery delivery) {
        return delivery.digestId != null || delivery.reason == DeliveryReason.DIGEST;
    }

    /** Deliveries that leave together: those of one digest (or one rep's due digest rows on a channel), else each alone. */
    private static String messageKey(Delivery delivery) {
        if (delivery.digestId != null) {
            return "digest:" + delivery.digestId;
        }
        if (delivery.reason == DeliveryReason.DIGEST) {
            return "due-digest:" + delivery.repId + ":" + delivery.channel;
        }
        return "single:" + delivery.id;
    }

    /**
     * Due times are kept to the second: databases that store whole seconds would otherwise round a retry
     * down to before its backoff ended, and one second more never hurts a retry.
     */
    private static Instant roundUpToSecond(Instant instant) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        return seconds.equals(instant) ? instant : seconds.plusSeconds(1);
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
