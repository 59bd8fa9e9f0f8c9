package io.callreview.scorecard.call.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test deliveries the way HubSpot, Zoom and a generic sender do, independently of the service's code. */
final class Signing {

    static final String HUBSPOT_SECRET = "test-hubspot-client-secret";
    static final String ZOOM_SECRET = "test-zoom-secret-token";
    static final String GENERIC_SECRET = "test-generic-secret";

    private Signing() {
    }

    static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(String secret, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String hubspot(String uri, String body, long timestampMs) {
        return java.util.Base64.getEncoder().encodeToString(hmac(HUBSPOT_SECRET, "POST" + uri + body + timestampMs));
    }

    static String zoom(String body, long timestampSeconds) {
        return "v0=" + HexFormat.of().formatHex(hmac(ZOOM_SECRET, "v0:" + timestampSeconds + ":" + body));
    }

    /** Over raw bytes, for bodies that are not valid UTF-8. */
    static String zoom(byte[] body, long timestampSeconds) {
        return "v0=" + HexFormat.of().formatHex(hmac(ZOOM_SECRET, ("v0:" + timestampSeconds + ":").getBytes(StandardCharsets.UTF_8), body));
    }

    static String generic(String body, long timestampSeconds) {
        return HexFormat.of().formatHex(hmac(GENERIC_SECRET, timestampSeconds + "." + body));
    }
}
