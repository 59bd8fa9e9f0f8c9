package io.callreview.scorecard.moment;

import io.callreview.events.EventEnvelope;
import io.callreview.events.RepSharingChanged;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Takes a rep's sharing consent from coaching-service, which owns it: keeps the latest change per rep, so a late or
 * repeated event changes nothing, in one transaction with the record of the processed event.
 */
@ApplicationScoped
public class RepSharingUpdating {

    static final String CONSUMER = "scorecard.rep-sharing-changed";

    @Inject
    ProcessedEvents processedEvents;

    public enum Outcome { RECORDED, DUPLICATE }

    @Transactional
    public Outcome apply(EventEnvelope<RepSharingChanged> envelope) {
        RepSharingChanged changed = envelope.payload();
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.DUPLICATE;
        }
        // one statement, so two changes of one rep at once need no lock; share_moments is assigned first, while
        // changed_at still holds the time of the change applied before
        RepSharing.getEntityManager().createNativeQuery("INSERT INTO rep_sharing (rep_id, share_moments, changed_at)"
                        + " VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE"
                        + " share_moments = IF(VALUES(changed_at) > changed_at, VALUES(share_moments), share_moments),"
                        + " changed_at = GREATEST(changed_at, VALUES(changed_at))")
                .setParameter(1, changed.repId())
                .setParameter(2, changed.shareMoments())
                .setParameter(3, changed.changedAt())
                .executeUpdate();
        return Outcome.RECORDED;
    }
}
