package io.callreview.web.session;

import java.util.List;
import java.util.Optional;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/** Reads the claims the services use (subject, {@code groups}, {@code teams}) into a {@link SessionUser}. */
final class TokenClaims {

    private static final List<String> ROLES_BY_REACH = List.of("admin", "coach", "rep", "integration");

    private TokenClaims() {
    }

    static Optional<SessionUser> user(JwtClaims claims, String token) {
        try {
            List<String> groups = claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
            List<String> teams = claims.hasClaim("teams") ? claims.getStringListClaimValue("teams") : List.of();
            // a user with several roles sees the pages of the widest one; the services still check each call
            Optional<String> role = ROLES_BY_REACH.stream().filter(groups::contains).findFirst();
            if (claims.getSubject() == null || role.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SessionUser(claims.getSubject(), role.get(), teams, token));
        } catch (MalformedClaimException e) {
            return Optional.empty();
        }
    }
}
