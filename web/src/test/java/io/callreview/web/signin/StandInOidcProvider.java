package io.callreview.web.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A stand-in for the customer's OIDC provider, speaking the authorization-code flow as a real one does: discovery,
 * keys, an authorize endpoint that signs in whoever the test chose, and a token endpoint that checks the client's
 * secret and the one-time code before it issues a signed ID token and access token.
 */
public class StandInOidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "callreview-web";
    static final String CLIENT_SECRET = "web-client-secret";
    /** The audience of the access tokens: the services. */
    static final String SERVICES_AUDIENCE = "callreview";

    /** Who the provider signs in next, and for which audience it writes the ID token. */
    record User(String subject, List<String> groups, List<String> teams, String idTokenAudience) {
    }

    private static volatile User next;
    private static volatile String lastAccessToken;

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private RsaJsonWebKey key;
    private String issuer;

    private record Grant(User user, String redirectUri, String nonce) {
    }

    static void signInNext(User user) {
        next = user;
    }

    static String lastAccessToken() {
        return lastAccessToken;
    }

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("stand-in-1");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/acme";
        server.createContext("/realms/acme/.well-known/openid-configuration", exchange -> json(exchange, 200, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/keys", "end_session_endpoint": "%1$s/logout", "response_types_supported": ["code"],
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer)));
        server.createContext("/realms/acme/keys", exchange ->
                json(exchange, 200, "{\"keys\": [" + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}"));
        server.createContext("/realms/acme/authorize", this::authorize);
        server.createContext("/realms/acme/token", this::token);
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", CLIENT_SECRET);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id")) || next == null) {
            json(exchange, 400, "{\"error\": \"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, query.get("redirect_uri"), query.get("nonce")));
        String back = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean authenticated = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || CLIENT_SECRET.equals(body.get("client_secret")) && CLIENT_ID.equals(body.get("client_id"));
        if (!authenticated) {
            json(exchange, 401, "{\"error\": \"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(String.valueOf(body.get("code")));
        if (!"authorization_code".equals(body.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        String access = sign(claims(grant.user(), SERVICES_AUDIENCE, null));
        lastAccessToken = access;
        String id = sign(claims(grant.user(), grant.user().idTokenAudience(), grant.nonce()));
        json(exchange, 200, """
                {"access_token": "%s", "id_token": "%s", "token_type": "Bearer", "expires_in": 300}""".formatted(access, id));
    }

    private JwtClaims claims(User user, String audience, String nonce) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user.subject());
        claims.setAudience(audience);
        claims.setStringListClaim("groups", user.groups());
        claims.setStringListClaim("teams", user.teams());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        if (nonce != null) {
            claims.setClaim("nonce", nonce);
        }
        return claims;
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
