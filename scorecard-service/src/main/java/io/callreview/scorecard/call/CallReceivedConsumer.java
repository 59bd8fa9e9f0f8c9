package io.callreview.scorecard.call;

import io.callreview.events.CallReceived;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.platform.messaging.DatabaseOutage;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Grades the calls this service received, in its consumer group ({@code scorecard-service}, partitions keyed by rep,
 * so instances share the work). A record that cannot be read goes to {@code scorecard-service.dead-letter.v1} with the
 * reason, and consumption goes on; so does one whose grading still fails after {@link CallGrading}'s retries, and its
 * call is marked GRADING_FAILED with the reason. While the database is unreachable the record waits for it
 * ({@link DatabaseOutage}) instead.
 */
@ApplicationScoped
public class CallReceivedConsumer {

    private static final Logger LOG = Logger.getLogger(CallReceivedConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    CallGrading grading;

    @Inject
    DatabaseOutage outage;

    @Incoming("call-received")
    @Blocking
    public void callReceived(String json) {
        EventEnvelope<CallReceived> envelope = codec.decode(json, EventContract.CALL_RECEIVED);
        try {
            CallGrading.Outcome outcome = outage.waitOut("grading call " + envelope.payload().callId(),
                    () -> grading.grade(envelope));
            LOG.debugf("CallReceived: %s", outcome);
        } catch (RuntimeException | Error e) {
            grading.failed(envelope.payload().callId(), e);
            throw e;
        }
    }
}
