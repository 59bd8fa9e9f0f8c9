package io.callreview.notification.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the n-th retry waits initial x 2^(n-1), capped, of which a share
 * ({@code jitter}) is random, so the retries of many deliveries that failed together spread out.
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** @param failedAttempts attempts made so far (1 after the first failure) */
    public Duration delay(int failedAttempts, DoubleSupplier random) {
        long exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long base = Math.min(max.toMillis(), initial.toMillis() * (1L << exponent));
        long jittered = Math.round(base * (1 - jitter * random.getAsDouble()));
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
