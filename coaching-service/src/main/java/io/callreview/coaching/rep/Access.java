package io.callreview.coaching.rep;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Object-level authorization: a rep sees only themself, a coach the reps of their teams, an admin
 * everyone. Anything else is answered as if it did not exist (404), never 403, so ids are not disclosed.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser user;

    /** The rep if the caller may see them; empty when the rep is unknown but it is the caller themself. */
    public Optional<Rep> rep(String repId) {
        Rep rep = Rep.findById(repId);
        if (rep == null) {
            if (isSelf(repId)) {
                return Optional.empty();
            }
            throw ApiException.notFound("rep", repId);
        }
        user.requireRep("rep", repId, repId, rep.teamId);
        return Optional.of(rep);
    }

    public void team(String teamId) {
        user.requireTeam("team", teamId, teamId);
    }

    public boolean isSelf(String repId) {
        return user.is(Roles.REP) && repId.equals(user.id());
    }

    /** The team a rep's own token names, for a rep coaching has not seen yet. */
    public String ownTeam() {
        return user.teams().stream().findFirst().orElse(null);
    }

    public CurrentUser user() {
        return user;
    }
}
