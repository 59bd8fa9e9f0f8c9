package io.callreview.scorecard.moment;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RepSharingChanged;
import io.callreview.platform.messaging.DatabaseOutage;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads coaching-service's {@code RepSharingChanged}. A record that cannot be read goes to
 * {@code scorecard-service.dead-letter.v1} with the reason; while the database is unreachable the record waits for it.
 */
@ApplicationScoped
public class RepSharingConsumer {

    private static final Logger LOG = Logger.getLogger(RepSharingConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    RepSharingUpdating updating;

    @Inject
    DatabaseOutage outage;

    @Incoming("rep-sharing-changed")
    @Blocking
    public void sharingChanged(String json) {
        EventEnvelope<RepSharingChanged> envelope = codec.decode(json, EventContract.REP_SHARING_CHANGED);
        RepSharingUpdating.Outcome outcome = outage.waitOut("sharing of rep " + envelope.payload().repId(),
                () -> updating.apply(envelope));
        LOG.debugf("RepSharingChanged %s for %s: %s", envelope.eventId(), envelope.payload().repId(), outcome);
    }
}
