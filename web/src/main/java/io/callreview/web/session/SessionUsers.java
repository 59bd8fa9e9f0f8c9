package io.callreview.web.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** Finds the user of the request: from the OIDC session in production, from the local session cookie locally. */
@ApplicationScoped
public class SessionUsers {

    /** The OIDC provider issued the access token to this app over TLS; the services verify it on every call. */
    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder().setSkipSignatureVerification()
            .setSkipAllValidators().setDisableRequireSignature().build();

    @Inject
    LocalTokens localTokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    SessionUser current() {
        return fromOidc().or(this::fromLocalCookie).orElse(SessionUser.ANONYMOUS);
    }

    private Optional<SessionUser> fromOidc() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access == null) {
            return Optional.empty();
        }
        try {
            return TokenClaims.user(UNVERIFIED.processToClaims(access.getToken()), access.getToken());
        } catch (InvalidJwtException e) {
            return Optional.empty();
        }
    }

    private Optional<SessionUser> fromLocalCookie() {
        Cookie cookie = request.getCookie(SessionCookie.NAME);
        return cookie == null ? Optional.empty() : localTokens.verify(cookie.getValue());
    }
}
