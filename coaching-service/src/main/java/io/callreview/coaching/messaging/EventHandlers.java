package io.callreview.coaching.messaging;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.MalformedEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Decodes a record and applies it, retrying transient failures (database unreachable, lock timeouts,
 * deadlocks) with backoff; each attempt runs its own transaction. A record that can never be processed
 * fails at once, so the channel sends it to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class EventHandlers {

    private static final Logger LOG = Logger.getLogger(EventHandlers.class);

    @Inject
    EventCodec codec;

    @Inject
    CallScoring callScoring;

    @Inject
    CallScheduling callScheduling;

    @Inject
    ResponseRecording responses;

    @Inject
    RepScheduleUpdating schedules;

    @Inject
    RosterUpdating roster;

    @Inject
    DisputeResolutions disputes;

    @Inject
    CallSettingAside setAside;

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void callScored(String json) {
        CallScoring.Outcome outcome = callScoring.apply(codec.decode(json, EventContract.CALL_SCORED));
        LOG.debugf("CallScored: %s", outcome);
    }

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void callScheduled(String json) {
        callScheduling.apply(codec.decode(json, EventContract.CALL_SCHEDULED));
    }

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void repResponse(String json) {
        responses.apply(codec.decode(json, EventContract.REP_RESPONSE));
    }

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void repScheduleChanged(String json) {
        RepScheduleUpdating.Outcome outcome = schedules.apply(codec.decode(json, EventContract.REP_SCHEDULE_CHANGED));
        LOG.debugf("RepScheduleChanged: %s", outcome);
    }

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void rosterChanged(String json) {
        RosterUpdating.Outcome outcome = roster.apply(codec.decode(json, EventContract.ROSTER_CHANGED));
        LOG.debugf("RosterChanged: %s", outcome);
    }

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void disputeResolved(String json) {
        DisputeResolutions.Outcome outcome = disputes.apply(codec.decode(json, EventContract.DISPUTE_RESOLVED));
        LOG.debugf("DisputeResolved: %s", outcome);
    }

    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 10_000)
    public void callSetAside(String json) {
        CallSettingAside.Outcome outcome = setAside.apply(codec.decode(json, EventContract.CALL_SET_ASIDE));
        LOG.debugf("CallSetAside: %s", outcome);
    }
}
