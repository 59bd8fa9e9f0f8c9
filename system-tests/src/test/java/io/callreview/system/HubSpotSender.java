package io.callreview.system;

import io.callreview.launcher.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers call events the way HubSpot does: a JSON array signed with request signature v3,
 * base64(HMAC-SHA256(client secret, "POST" + full URI + body + timestamp ms)). Written from HubSpot's
 * documentation, independently of the service's verifier.
 */
final class HubSpotSender {

    static final String PATH = "/api/webhooks/hubspot";

    private final ApiClient scorecard;
    private final String clientSecret;

    HubSpotSender(ApiClient scorecard, String clientSecret) {
        this.scorecard = scorecard;
        this.clientSecret = clientSecret;
    }

    ApiClient.Reply send(String body) {
        String timestamp = String.valueOf(Instant.now().toEpochMilli());
        String signature = Base64.getEncoder().encodeToString(
                hmac("POST" + scorecard.baseUrl() + PATH + body + timestamp));
        return scorecard.send("POST", PATH, null, body, Map.of(
                "X-HubSpot-Request-Timestamp", timestamp,
                "X-HubSpot-Signature-v3", signature));
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
