package io.callreview.coaching.profile;

import io.callreview.coaching.audit.AuditAction;
import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.events.EventContract;
import io.callreview.events.RepSharingChanged;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * A rep's consent to share their call moments with their team: theirs to give, or an admin's on their behalf. Every
 * change is announced (scorecard-service lets teammates open the moments while it stands).
 */
@ApplicationScoped
public class SharingService {

    @Inject
    Access access;

    @Inject
    RepDirectory reps;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public SharingView update(String repId, SharingRequest request) {
        if (!access.isSelf(repId) && !access.user().isAdmin()) {
            throw ApiException.hidden("rep", repId, "only the rep or an admin decides what the rep shares");
        }
        access.rep(repId);
        Rep rep = reps.lock(repId);
        if (rep.teamId == null && access.isSelf(repId)) {
            rep.teamId = access.ownTeam();
        }
        boolean before = rep.shareMoments;
        rep.shareMoments = request.shareMoments();
        rep.updatedAt = clock.instant();
        outbox.publish(EventContract.REP_SHARING_CHANGED, new RepSharingChanged(repId, rep.shareMoments, rep.updatedAt));
        audit.record(AuditAction.SHARING_CHANGED, AuditAction.REP_SHARING, repId,
                AuditLog.details("before", Map.of("shareMoments", before), "after", Map.of("shareMoments", rep.shareMoments)));
        return new SharingView(repId, rep.shareMoments);
    }
}
