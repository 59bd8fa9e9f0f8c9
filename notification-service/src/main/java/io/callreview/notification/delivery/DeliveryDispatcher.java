package io.callreview.notification.delivery;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.delivery.channel.ChannelSender;
import io.callreview.notification.delivery.channel.DeliveryFailure;
import io.callreview.notification.domain.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: new ones, those whose quiet hours or digest time came, and retries whose backoff is
 * over. Everything it needs is in the database, so deferred deliveries and retries go out after a restart too.
 * Each send happens outside a transaction, between the claim (attempt recorded) and the outcome.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int MAX_ROUNDS_PER_TICK = 20;

    @Inject
    DeliveryClaims claims;

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @Inject
    Instance<ChannelSender> senderBeans;

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${notification.dispatcher.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "delivery-dispatcher")
    void tick() {
        if (!config.dispatcher().enabled() || stopping) {
            return;
        }
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.warnf("delivery dispatch failed (%s); trying again on the next tick", e.toString());
        }
    }

    /** Sends what is due now; returns the number of messages attempted. */
    public int dispatchDue() {
        int inDoubt = claims.releaseExpiredLeases(clock.instant());
        if (inDoubt > 0) {
            LOG.warnf("%d deliveries were in flight when their sender stopped; marked FAILED (in doubt) for review", inDoubt);
            meters.counter("callreview.deliveries.in-doubt").increment(inDoubt);
        }
        int attempted = 0;
        for (int round = 0; round < MAX_ROUNDS_PER_TICK && !stopping; round++) {
            List<SendJob> jobs = claims.claimDue(clock.instant(), config.dispatcher().batchSize());
            if (jobs.isEmpty()) {
                break;
            }
            for (SendJob job : jobs) {
                if (stopping) {
                    claims.release(job, clock.instant());
                    continue;
                }
                send(job);
                attempted++;
            }
        }
        return attempted;
    }

    private void send(SendJob job) {
        Channel channel = job.message().channel();
        claims.startAttempt(job, clock.instant());
        try {
            sender(channel).send(job.message());
        } catch (DeliveryFailure failure) {
            LOG.infof("%s %s to rep %s failed: %s", channel, job.message().reference(), job.message().repId(), failure.getMessage());
            claims.recordFailed(job, failure, clock.instant());
            meters.counter("callreview.deliveries.failed-attempts", "channel", channel.name()).increment();
            return;
        } catch (RuntimeException e) {
            LOG.errorf(e, "unexpected error sending %s %s", channel, job.message().reference());
            claims.recordFailed(job, DeliveryFailure.transientFailure("unexpected error", "unexpected error: " + e, e), clock.instant());
            return;
        }
        // If this fails, the deliveries stay SENDING and become FAILED (in doubt) when their lease ends: never resent blindly.
        claims.recordSent(job, clock.instant());
        meters.counter("callreview.deliveries.sent", "channel", channel.name()).increment();
    }

    private ChannelSender sender(Channel channel) {
        synchronized (senders) {
            if (senders.isEmpty()) {
                senderBeans.forEach(sender -> senders.put(sender.channel(), sender));
            }
        }
        ChannelSender sender = senders.get(channel);
        if (sender == null) {
            throw new IllegalStateException("no sender for channel " + channel);
        }
        return sender;
    }
}
