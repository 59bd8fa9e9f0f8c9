package io.callreview.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Roles come only from the claim JWT_ROLES_CLAIM names. smallrye-jwt falls back to the token's own {@code groups}
 * claim when that path is missing, so a token of the shared provider whose groups say {@code admin} but whose
 * configured roles claim says nothing would otherwise be an admin here.
 */
@ApplicationScoped
public class ConfiguredRolesOnly implements SecurityIdentityAugmentor {

    private final String[] path;

    public ConfiguredRolesOnly(@ConfigProperty(name = "smallrye.jwt.path.groups", defaultValue = "groups") String rolesClaim) {
        this.path = rolesClaim.split("/");
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || path.length == 1 && "groups".equals(path[0])
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder rebuilt = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .addRoles(rolesAt(token));
        return Uni.createFrom().item(rebuilt.build());
    }

    private Set<String> rolesAt(JsonWebToken token) {
        Set<String> roles = new LinkedHashSet<>();
        Object claim = token.getClaim(path[0]);
        if (path.length == 1 && claim instanceof Collection<?> names) {
            names.forEach(name -> roles.add(String.valueOf(name)));
            return roles;
        }
        JsonValue value = claim instanceof JsonValue json ? json : null;
        for (int i = 1; i < path.length && value instanceof JsonObject object; i++) {
            value = object.get(path[i]);
        }
        if (value instanceof JsonArray array) {
            array.forEach(role -> {
                if (role instanceof JsonString name) {
                    roles.add(name.getString());
                }
            });
        } else if (value instanceof JsonString single) {
            roles.add(single.getString());
        }
        return roles;
    }
}
