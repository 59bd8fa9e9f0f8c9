package io.callreview.coaching.profile;

import io.callreview.coaching.rep.Rep;
import io.callreview.events.EventContract;
import io.callreview.events.RepSharingChanged;
import io.callreview.platform.outbox.Outbox;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Announces, at every start, the reps who do not share their moments. A rep who opted out before the consent was
 * announced at all, or whose announcement was lost with a wiped topic, must not be taken for one who shares (the
 * default). A repeated announcement carries the same time and changes nothing.
 */
@ApplicationScoped
public class SharingAnnouncement {

    private static final Logger LOG = Logger.getLogger(SharingAnnouncement.class);

    @Inject
    Outbox outbox;

    @Transactional
    void onStart(@Observes StartupEvent started) {
        List<Rep> optedOut = Rep.list("shareMoments = false");
        for (Rep rep : optedOut) {
            outbox.publish(EventContract.REP_SHARING_CHANGED, new RepSharingChanged(rep.repId, false, rep.updatedAt));
        }
        if (!optedOut.isEmpty()) {
            LOG.infof("announced %d reps who do not share their moments", optedOut.size());
        }
    }
}
