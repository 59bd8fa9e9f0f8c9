package io.callreview.web.session;

import java.util.List;

/** A user as their token says: id, role, teams, and the token itself. {@link #ANONYMOUS} before sign-in. */
public record SessionUser(String id, String role, List<String> teams, String token) {

    public static final SessionUser ANONYMOUS = new SessionUser(null, null, List.of(), null);

    public SessionUser {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
