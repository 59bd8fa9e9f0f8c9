package io.callreview.notification.intake;

import io.callreview.events.EventEnvelope;
import io.callreview.events.MalformedEventException;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.delivery.Delivery;
import io.callreview.notification.delivery.DeliveryPlan;
import io.callreview.notification.delivery.DeliveryPlanner;
import io.callreview.notification.delivery.DeliveryReason;
import io.callreview.notification.delivery.DeliveryStatus;
import io.callreview.notification.delivery.Destinations;
import io.callreview.notification.domain.Channel;
import io.callreview.notification.domain.Nudge;
import io.callreview.notification.preferences.DeliveryPreferences;
import io.callreview.notification.preferences.PreferencesService;
import io.callreview.platform.inbox.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Turns a {@code NudgeRequested} into a nudge and its planned deliveries, exactly once: the event id is
 * recorded with the effect, and a second request with the same dedupe key (or nudge id) for the rep,
 * even under a new event id, changes nothing.
 */
@ApplicationScoped
public class NudgeIntake {

    public static final String CONSUMER = "notification-service.nudge-requested";

    private static final Logger LOG = Logger.getLogger(NudgeIntake.class);

    public enum Outcome { ACCEPTED, DUPLICATE_EVENT, DUPLICATE_NUDGE }

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    PreferencesService preferences;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @Transactional
    public Outcome accept(EventEnvelope<NudgeRequested> envelope) {
        NudgeRequested request = envelope.payload();
        checkFits(request);
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            meters.counter("callreview.nudges.received", "outcome", "duplicate-event").increment();
            return Outcome.DUPLICATE_EVENT;
        }
        lockRep(request.repId());
        if (Nudge.requestedBefore(request.repId(), request.dedupeKey(), request.nudgeId())) {
            LOG.infof("nudge %s for rep %s duplicates an earlier request (dedupe key %s); not delivered again",
                    request.nudgeId(), request.repId(), request.dedupeKey());
            meters.counter("callreview.nudges.received", "outcome", "duplicate-nudge").increment();
            return Outcome.DUPLICATE_NUDGE;
        }
        Instant now = clock.instant();
        DeliveryPreferences prefs = preferences.effective(request.repId());
        DeliveryPlan plan = DeliveryPlanner.plan(request, prefs, now, day -> Nudge.countPushedOn(request.repId(), day));

        Nudge nudge = toNudge(envelope, now);
        nudge.inInbox = plan.reachesInbox();
        nudge.pushDay = plan.pushDay();
        nudge.persist();
        for (Map.Entry<Channel, DeliveryPlan.Step> entry : plan.steps().entrySet()) {
            persistDelivery(nudge, entry.getKey(), entry.getValue(), prefs, now);
        }
        revise(nudge, request.revises(), now);
        meters.counter("callreview.nudges.received", "outcome", "accepted").increment();
        return Outcome.ACCEPTED;
    }

    /**
     * Marks the rep's earlier nudges that this one corrects, and keeps what of them had not gone out yet (an email
     * waiting for the digest or for the rep's hours) from going out: the rep reads the correction, not the mistake.
     */
    private static void revise(Nudge correction, List<String> dedupeKeys, Instant now) {
        if (dedupeKeys.isEmpty()) {
            return;
        }
        for (Nudge revised : Nudge.standing(correction.repId, dedupeKeys)) {
            revised.revisedBy = correction.nudgeId;
            revised.revisedAt = now;
            Delivery.forNudge(revised).stream().filter(d -> d.status.isWaiting())
                    .forEach(d -> d.moveTo(DeliveryStatus.SUPPRESSED, DeliveryReason.REVISED, null, now));
        }
    }

    /**
     * Serialises the planning of one rep's nudges, so two consumers during a rebalance cannot both pass the cap.
     * The upsert takes the row's exclusive lock at once (INSERT IGNORE would take a shared one, and two
     * transactions upgrading shared locks deadlock).
     */
    private void lockRep(String repId) {
        em.createNativeQuery("INSERT INTO rep_lock (rep_id) VALUES (?1) ON DUPLICATE KEY UPDATE rep_id = rep_id")
                .setParameter(1, repId)
                .executeUpdate();
    }

    private static void persistDelivery(Nudge nudge, Channel channel, DeliveryPlan.Step step, DeliveryPreferences prefs, Instant now) {
        Delivery delivery = new Delivery();
        delivery.nudge = nudge;
        delivery.repId = nudge.repId;
        delivery.channel = channel;
        delivery.status = step.status();
        delivery.reason = step.reason();
        delivery.dueAt = step.dueAt();
        delivery.destination = Destinations.describe(channel, prefs);
        delivery.createdAt = now;
        delivery.updatedAt = now;
        if (channel == Channel.INBOX && step.status() == DeliveryStatus.SENT) {
            delivery.sentAt = now;
        }
        delivery.persist();
    }

    private static Nudge toNudge(EventEnvelope<NudgeRequested> envelope, Instant now) {
        NudgeRequested request = envelope.payload();
        Nudge nudge = new Nudge();
        nudge.nudgeId = request.nudgeId();
        nudge.dedupeKey = request.dedupeKey();
        nudge.eventId = envelope.eventId().toString();
        nudge.repId = request.repId();
        nudge.teamId = request.teamId();
        nudge.kind = request.kind();
        nudge.priority = request.priority();
        nudge.urgent = request.urgent();
        nudge.behaviourKey = request.behaviourKey();
        nudge.callId = request.callId();
        nudge.callType = request.callType();
        nudge.title = request.title();
        nudge.body = request.body();
        nudge.reason = request.reason();
        nudge.actions = request.actions();
        nudge.expiresAt = request.expiresAt();
        nudge.requestedAt = request.requestedAt();
        nudge.receivedAt = now;
        return nudge;
    }

    /** Values that can never be stored are a malformed event: retrying cannot help, it belongs on the dead-letter topic. */
    private static void checkFits(NudgeRequested request) {
        fits("nudgeId", request.nudgeId(), 100);
        fits("dedupeKey", request.dedupeKey(), 200);
        fits("repId", request.repId(), 200);
        fits("teamId", request.teamId(), 200);
        fits("behaviourKey", request.behaviourKey(), 100);
        fits("callId", request.callId(), 200);
        fits("callType", request.callType(), 100);
        fits("title", request.title(), 500);
        fits("body", request.body(), 20_000);
        fits("reason", request.reason(), 20_000);
    }

    private static void fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new MalformedEventException("payload." + field + " is longer than " + max + " characters");
        }
    }
}
