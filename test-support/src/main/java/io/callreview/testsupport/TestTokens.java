package io.callreview.testsupport;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jose4j.jwt.JwtClaims;

/** Bearer tokens for tests, signed by a key pair generated once per test JVM. */
public final class TestTokens {

    public static final String ISSUER = "https://callreview.test";

    private static final String PRIVATE_KEY_PROPERTY = "callreview.test.jwt.private-key";
    private static final String PUBLIC_KEY_PROPERTY = "callreview.test.jwt.public-key";

    private TestTokens() {
    }

    public static String admin() {
        return mint("admin-1", "admin");
    }

    public static String integration() {
        return mint("crm-integration", "integration");
    }

    public static String coach(String coachId, String... teams) {
        return mint(coachId, "coach", teams);
    }

    public static String rep(String repId, String team) {
        return mint(repId, "rep", team);
    }

    public static String mint(String subject, String role, String... teams) {
        return minter().mint(subject, role, List.copyOf(Arrays.asList(teams)), Duration.ofHours(1));
    }

    /** A token whose claims the test changes first: another audience, roles under another claim, no subject. */
    public static String mint(String subject, String role, Consumer<JwtClaims> change) {
        JwtClaims claims = minter().claims(subject, role, List.of(), Duration.ofHours(1));
        change.accept(claims);
        return minter().mint(claims);
    }

    private static TokenMinter minter() {
        return new TokenMinter(SigningKeys.privateKey(privateKeyPem()), ISSUER);
    }

    /** A token for a real role, signed by a key the services do not trust. */
    public static String signedByStranger(String subject, String role) {
        TokenMinter minter = new TokenMinter(SigningKeys.generate().getPrivate(), ISSUER);
        return minter.mint(subject, role, List.of(), Duration.ofHours(1));
    }

    public static String publicKeyPem() {
        ensureKeys();
        return System.getProperty(PUBLIC_KEY_PROPERTY);
    }

    private static String privateKeyPem() {
        ensureKeys();
        return System.getProperty(PRIVATE_KEY_PROPERTY);
    }

    /** Kept in system properties so every class loader of the test JVM signs with the same key. */
    private static synchronized void ensureKeys() {
        if (System.getProperty(PRIVATE_KEY_PROPERTY) == null) {
            KeyPair pair = SigningKeys.generate();
            System.setProperty(PUBLIC_KEY_PROPERTY, SigningKeys.publicKeyPem(pair.getPublic()));
            System.setProperty(PRIVATE_KEY_PROPERTY, SigningKeys.privateKeyPem(pair.getPrivate()));
        }
    }
}
