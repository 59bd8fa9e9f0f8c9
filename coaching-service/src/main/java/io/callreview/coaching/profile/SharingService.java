package io.callreview.coaching.profile;

import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** A rep's consent to share their call moments with their team: theirs to give, or an admin's on their behalf. */
@ApplicationScoped
public class SharingService {

    @Inject
    Access access;

    @Inject
    RepDirectory reps;

    @Inject
    Clock clock;

    @Transactional
    public SharingView update(String repId, SharingRequest request) {
        if (!access.isSelf(repId) && !access.user().isAdmin()) {
            throw ApiException.notFound("rep", repId);
        }
        access.rep(repId);
        Rep rep = reps.lock(repId);
        if (rep.teamId == null && access.isSelf(repId)) {
            rep.teamId = access.ownTeam();
        }
        rep.shareMoments = request.shareMoments();
        rep.updatedAt = clock.instant();
        return new SharingView(repId, rep.shareMoments);
    }
}
