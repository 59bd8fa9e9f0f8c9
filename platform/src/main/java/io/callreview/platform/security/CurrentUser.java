package io.callreview.platform.security;

import io.callreview.platform.problem.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, and which reps and teams they may see. Object-level checks go through here so that
 * every resource answers a foreign id the same way: as if it did not exist.
 */
@RequestScoped
public class CurrentUser {

    /** Claim holding the teams of a coach (array) or the team of a rep (string or array). */
    public static final String TEAMS_CLAIM = "teams";
    public static final String TEAM_CLAIM = "team";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The user id is the token's subject ({@code sub}), whatever name the principal was given. */
    public String id() {
        return identity.isAnonymous() ? null : token.getSubject();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    public Set<String> teams() {
        Set<String> teams = new LinkedHashSet<>();
        addClaim(teams, token.getClaim(TEAMS_CLAIM));
        addClaim(teams, token.getClaim(TEAM_CLAIM));
        return teams;
    }

    /** Admins see everyone, coaches see the reps of their teams, reps see themselves. */
    public boolean maySeeRep(String repId, String teamId) {
        if (isAdmin()) {
            return true;
        }
        if (is(Roles.COACH) && teamId != null && teams().contains(teamId)) {
            return true;
        }
        return is(Roles.REP) && repId != null && repId.equals(id());
    }

    /** Admins see every team, coaches their own teams. */
    public boolean maySeeTeam(String teamId) {
        return isAdmin() || (is(Roles.COACH) && teams().contains(teamId));
    }

    /** Nothing when the caller may see the rep; otherwise the 404 of {@link ApiException#hidden} for {@code what}. */
    public void requireRep(String what, Object id, String repId, String teamId) {
        if (!maySeeRep(repId, teamId)) {
            throw ApiException.hidden(what, id, "neither the caller's own nor of the caller's teams");
        }
    }

    /** Nothing when the caller may see the team; otherwise the 404 of {@link ApiException#hidden} for {@code what}. */
    public void requireTeam(String what, Object id, String teamId) {
        if (!maySeeTeam(teamId)) {
            throw ApiException.hidden(what, id, "not of the caller's teams");
        }
    }

    private static void addClaim(Set<String> into, Object claim) {
        if (claim instanceof String single) {
            into.add(single);
        } else if (claim instanceof Collection<?> many) {
            many.forEach(value -> into.add(unquote(String.valueOf(value))));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(value -> into.add(unquote(value.toString())));
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
