package io.callreview.notification.intake;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.MalformedEventException;
import io.callreview.events.NudgeRequested;
import io.callreview.platform.problem.DatabaseFailures;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code NudgeRequested}. A record that can never be processed is not retried: it goes to the dead-letter
 * topic with the reason in its {@code dead-letter-reason} header, and consumption goes on. While the database is
 * unreachable the consumer waits for it, however long: a good event must not be dead-lettered because of an outage
 * (the record stays unacknowledged, so a restart meanwhile redelivers it). Other failures (a deadlock, a lock wait
 * timeout) are retried a few times with backoff before the record is dead-lettered.
 */
@ApplicationScoped
public class NudgeRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(NudgeRequestedConsumer.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

    @Inject
    EventCodec codec;

    @Inject
    NudgeIntake intake;

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("nudge-requested")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = MalformedEventException.class)
    public void consume(String record) throws InterruptedException {
        EventEnvelope<NudgeRequested> envelope = codec.decode(record, EventContract.NUDGE_REQUESTED);
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                NudgeIntake.Outcome outcome = intake.accept(envelope);
                LOG.debugf("NudgeRequested %s (nudge %s): %s", envelope.eventId(), envelope.payload().nudgeId(), outcome);
                return;
            } catch (RuntimeException e) {
                if (stopping || !DatabaseFailures.isUnavailable(e)) {
                    throw e;
                }
                LOG.warnf("database unreachable while taking nudge %s; waiting %d ms before trying again",
                        envelope.payload().nudgeId(), wait.toMillis());
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }
}
