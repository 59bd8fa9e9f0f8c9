package io.callreview.scorecard.access;

import io.callreview.platform.query.Conditions;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of a list the caller sees, the query form of {@link CurrentUser#maySeeRep}: admins every row, coaches the
 * rows of their teams, reps their own, anyone else none. The rows need {@code teamId} and {@code repId} attributes.
 */
public final class Visibility {

    private Visibility() {
    }

    /** Restricts {@code conditions} to the rows {@code user} may see; false when they may see none at all. */
    public static boolean restrict(Conditions conditions, CurrentUser user) {
        if (user.isAdmin()) {
            return true;
        }
        List<String> either = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (user.is(Roles.COACH) && !user.teams().isEmpty()) {
            either.add("teamId IN :myTeams");
            params.put("myTeams", user.teams());
        }
        if (user.is(Roles.REP) && user.id() != null) {
            either.add("repId = :me");
            params.put("me", user.id());
        }
        if (either.isEmpty()) {
            return false;
        }
        conditions.require("(" + String.join(" OR ", either) + ")", params);
        return true;
    }
}
