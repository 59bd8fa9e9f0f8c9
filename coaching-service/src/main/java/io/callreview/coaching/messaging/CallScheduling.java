package io.callreview.coaching.messaging;

import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.events.CallScheduled;
import io.callreview.events.EventEnvelope;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Plans the "before your call" nudge when a CRM announces an upcoming call; a moved call moves its nudge. */
@ApplicationScoped
public class CallScheduling {

    public static final String CONSUMER = "coaching.call-scheduled";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    RepDirectory reps;

    @Inject
    NudgePlanner nudges;

    @Inject
    Clock clock;

    @Transactional
    public boolean apply(EventEnvelope<CallScheduled> envelope) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return false;
        }
        CallScheduled scheduled = envelope.payload();
        Rep rep = reps.lock(scheduled.repId());
        if (rep.teamId == null && scheduled.teamId() != null) {
            rep.teamId = scheduled.teamId();
            rep.updatedAt = clock.instant();
        }
        nudges.beforeScheduledCall(rep, scheduled);
        return true;
    }
}
