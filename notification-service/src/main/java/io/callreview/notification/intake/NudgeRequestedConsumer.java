package io.callreview.notification.intake;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.MalformedEventException;
import io.callreview.events.NudgeRequested;
import io.callreview.platform.messaging.DatabaseOutage;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code NudgeRequested}. A record that can never be processed is not retried: it goes to the dead-letter
 * topic with the reason in its {@code dead-letter-reason} header, and consumption goes on. While the database is
 * unreachable the consumer waits for it ({@link DatabaseOutage}). Other failures (a deadlock, a lock wait timeout) are
 * retried a few times with backoff before the record is dead-lettered.
 */
@ApplicationScoped
public class NudgeRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(NudgeRequestedConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    NudgeIntake intake;

    @Inject
    DatabaseOutage outage;

    @Incoming("nudge-requested")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope<NudgeRequested> envelope = codec.decode(record, EventContract.NUDGE_REQUESTED);
        NudgeIntake.Outcome outcome = outage.waitOut("taking nudge " + envelope.payload().nudgeId(),
                () -> intake.accept(envelope));
        LOG.debugf("NudgeRequested %s (nudge %s): %s", envelope.eventId(), envelope.payload().nudgeId(), outcome);
    }
}
