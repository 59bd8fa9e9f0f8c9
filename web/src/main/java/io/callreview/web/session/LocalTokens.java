package io.callreview.web.session;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Signs and checks the tokens of the local sign-in with the local suite's key, exactly as
 * {@code deploy/local/token.sh} does. Exists only while the local sign-in is on; it refuses to start next to OIDC.
 */
@ApplicationScoped
@Startup
public class LocalTokens {

    private final WebConfig config;
    private final TokenMinter minter;
    private final JwtConsumer verifier;

    LocalTokens(WebConfig config, @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidc) {
        this.config = config;
        if (!config.localSignIn().enabled()) {
            this.minter = null;
            this.verifier = null;
            return;
        }
        if (oidc) {
            throw new IllegalStateException("The local sign-in (WEB_LOCAL_SIGN_IN) is for deploy/local/run.sh only:"
                    + " it cannot be on together with OIDC (WEB_OIDC_ENABLED)");
        }
        String keysDir = config.localSignIn().keysDir()
                .orElseThrow(() -> new IllegalStateException("WEB_LOCAL_KEYS_DIR must name the local key folder"));
        try {
            PrivateKey key = SigningKeys.readPrivateKey(Path.of(keysDir));
            this.minter = new TokenMinter(key, config.localSignIn().issuer());
            this.verifier = new JwtConsumerBuilder().setVerificationKey(publicKeyOf(key))
                    .setExpectedIssuer(config.localSignIn().issuer()).setRequireSubject().setRequireExpirationTime()
                    .setSkipDefaultAudienceValidation().build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local signing key in " + keysDir, e);
        }
    }

    public boolean enabled() {
        return minter != null;
    }

    public String mint(String userId, String role, List<String> teams) {
        if (!enabled()) {
            throw new IllegalStateException("the local sign-in is off");
        }
        return minter.mint(userId, role, teams, config.sessionLength());
    }

    /** The user of a token this app signed, if it is still valid. */
    public Optional<SessionUser> verify(String token) {
        if (!enabled() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return TokenClaims.user(verifier.processToClaims(token), token);
        } catch (InvalidJwtException e) {
            return Optional.empty();
        }
    }

    private static PublicKey publicKeyOf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalStateException("the local key is not an RSA key");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
