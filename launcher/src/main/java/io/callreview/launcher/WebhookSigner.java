package io.callreview.launcher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries the way each sender documents it, independently of the service's verifier, so tools and
 * tests can post HubSpot, Zoom and generic signed calls (or sign them and then spoil one byte).
 */
public final class WebhookSigner {

    public static final String HUBSPOT_PATH = "/api/webhooks/hubspot";
    public static final String ZOOM_PATH = "/api/webhooks/zoom";
    public static final String SIGNED_PATH = "/api/webhooks/signed";

    private WebhookSigner() {
    }

    /** HubSpot request signature v3: base64(HMAC-SHA256(client secret, "POST" + full URI + body + timestamp ms)). */
    public static Map<String, String> hubSpot(String clientSecret, String fullUri, byte[] body, long timestampMillis) {
        String timestamp = String.valueOf(timestampMillis);
        byte[] signature = hmac(clientSecret, ("POST" + fullUri).getBytes(StandardCharsets.UTF_8), body,
                timestamp.getBytes(StandardCharsets.UTF_8));
        return headers("X-HubSpot-Request-Timestamp", timestamp, "X-HubSpot-Signature-v3", Base64.getEncoder().encodeToString(signature));
    }

    /** Zoom: "v0=" + hex(HMAC-SHA256(secret token, "v0:" + timestamp s + ":" + body)). */
    public static Map<String, String> zoom(String secretToken, byte[] body, long timestampSeconds) {
        String timestamp = String.valueOf(timestampSeconds);
        byte[] signature = hmac(secretToken, ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body);
        return headers("x-zm-request-timestamp", timestamp, "x-zm-signature", "v0=" + HexFormat.of().formatHex(signature));
    }

    /** The generic signed webhook: hex(HMAC-SHA256(secret, timestamp s + "." + body)). */
    public static Map<String, String> generic(String secret, byte[] body, long timestampSeconds) {
        String timestamp = String.valueOf(timestampSeconds);
        byte[] signature = hmac(secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
        return headers("X-Signature-Timestamp", timestamp, "X-Signature", HexFormat.of().formatHex(signature));
    }

    private static Map<String, String> headers(String timestampHeader, String timestamp, String signatureHeader, String signature) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(timestampHeader, timestamp);
        headers.put(signatureHeader, signature);
        return headers;
    }

    private static byte[] hmac(String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
