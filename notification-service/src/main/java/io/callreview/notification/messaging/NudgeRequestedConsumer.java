package io.callreview.notification.messaging;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.MalformedEventException;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.service.NudgeIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code NudgeRequested}. Transient failures (the database away) are retried with backoff; a record
 * that can never be processed is not retried and goes to the dead-letter topic with the reason in its
 * {@code dead-letter-reason} header, and consumption goes on.
 */
@ApplicationScoped
public class NudgeRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(NudgeRequestedConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    NudgeIntake intake;

    @Incoming("nudge-requested")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 250, maxDuration = 60_000, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope<NudgeRequested> envelope = codec.decode(record, EventContract.NUDGE_REQUESTED);
        NudgeIntake.Outcome outcome = intake.accept(envelope);
        LOG.debugf("NudgeRequested %s (nudge %s): %s", envelope.eventId(), envelope.payload().nudgeId(), outcome);
    }
}
