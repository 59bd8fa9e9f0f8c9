package io.callreview.notification.access;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Object-level checks on a rep's resources: anything the caller may not see answers 404, as if it did not exist. */
@RequestScoped
public class RepAccess {

    @Inject
    CurrentUser user;

    /** The rep themself, or an admin. */
    public void requireSelfOrAdmin(String repId) {
        if (!user.isAdmin() && !repId.equals(user.id())) {
            throw ApiException.hidden("rep", repId, "another rep's, and the caller is no admin");
        }
    }

    /** Only the rep themself: reading, answering and marking read are the rep's own acts. */
    public void requireSelf(String repId) {
        if (!repId.equals(user.id())) {
            throw ApiException.hidden("rep", repId, "only the rep themself may do this");
        }
    }

    public String callerId() {
        return user.id();
    }

    /** The rep's team as their own token names it; null when someone else (an admin) calls. */
    public String ownTeam(String repId) {
        return repId.equals(user.id()) ? user.teams().stream().findFirst().orElse(null) : null;
    }
}
