package io.callreview.devtools;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens with the claims the services read: subject, audience, {@code groups} (roles) and {@code teams}.
 */
public final class TokenMinter {

    public static final String DEFAULT_ISSUER = "https://callreview.local";
    /** The audience the services expect unless JWT_AUDIENCE says otherwise. */
    public static final String DEFAULT_AUDIENCE = "callreview";

    private final PrivateKey key;
    private final String issuer;

    public TokenMinter(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public String mint(String subject, String role, List<String> teams, Duration validity) {
        return mint(claims(subject, role, teams, validity));
    }

    /** The claims of a token for the services: change them (another audience, roles elsewhere) before {@link #mint(JwtClaims)}. */
    public JwtClaims claims(String subject, String role, List<String> teams, Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setAudience(DEFAULT_AUDIENCE);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        if (!teams.isEmpty()) {
            claims.setStringListClaim("teams", teams);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validity.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        return claims;
    }

    public String mint(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }
}
