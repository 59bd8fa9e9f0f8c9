package io.callreview.scorecard.call.webhook;

import io.callreview.platform.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 (and Twilio's HMAC-SHA1) signatures and their checks: constant-time comparison and a freshness window against replays. */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    public static byte[] hmacSha256(String secret, byte[]... parts) {
        return hmac("HmacSHA256", secret, parts);
    }

    /** Twilio still signs with SHA-1. */
    public static byte[] hmacSha1(String secret, byte[]... parts) {
        return hmac("HmacSHA1", secret, parts);
    }

    private static byte[] hmac(String algorithm, String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Constant-time: the time taken does not reveal how much of a forged signature was right. */
    public static boolean same(String expected, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    public static String secret(Optional<String> configured, String variable) {
        return configured.filter(s -> !s.isBlank()).orElseThrow(() -> ApiException.unauthorized(
                "this webhook is not configured: set " + variable + " to accept signed events"));
    }

    /** Reads a Unix timestamp in seconds or milliseconds and refuses it outside {@code maxAge} of now. */
    public static Instant fresh(String header, String value, Instant now, Duration maxAge) {
        if (value == null || value.isBlank()) {
            throw ApiException.unauthorized("the " + header + " header is missing");
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.unauthorized("the " + header + " header is not a Unix timestamp");
        }
        Instant at = number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        if (Duration.between(at, now).abs().compareTo(maxAge) > 0) {
            throw ApiException.unauthorized("the event was signed at " + at + ", more than " + maxAge.toMinutes()
                    + " minutes from now: refused as a possible replay");
        }
        return at;
    }

    public static ApiException badSignature(String header) {
        return ApiException.unauthorized("the " + header + " signature does not match the request");
    }
}
