package io.callreview.scorecard.scoring;

import io.callreview.events.CallReceived;
import io.callreview.events.EventContract;
import io.callreview.platform.outbox.Outbox;
import io.callreview.scorecard.domain.SalesCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts a call with its transcript in line for grading: its {@code CallReceived} goes to the outbox in the caller's
 * transaction, and this service's consumer group grades it. Ingestion does this for a call that came with a
 * transcript, transcription once it has made one.
 */
@ApplicationScoped
public class GradingQueue {

    @Inject
    Outbox outbox;

    public void announce(SalesCall call) {
        outbox.publish(EventContract.CALL_RECEIVED, new CallReceived(call.id, call.repId, call.teamId, call.callType.key,
                call.source, call.externalId));
    }
}
