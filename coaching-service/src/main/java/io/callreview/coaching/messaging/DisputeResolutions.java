package io.callreview.coaching.messaging;

import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.events.DisputeResolved;
import io.callreview.events.EventEnvelope;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells a rep how a coach resolved their dispute of a verdict. An accepted dispute's new score arrives as a
 * CallScored of its own, which changes the rep's skill states but sends no feedback of its own: this is the rep's word
 * of it. The record of the processed event commits with the nudge.
 */
@ApplicationScoped
public class DisputeResolutions {

    public static final String CONSUMER = "coaching.dispute-resolved";

    public enum Outcome { APPLIED, DUPLICATE }

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    RepDirectory reps;

    @Inject
    NudgePlanner nudges;

    @Transactional
    public Outcome apply(EventEnvelope<DisputeResolved> envelope) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.DUPLICATE;
        }
        DisputeResolved resolved = envelope.payload();
        nudges.disputeResolved(reps.lock(resolved.repId()), resolved);
        return Outcome.APPLIED;
    }
}
