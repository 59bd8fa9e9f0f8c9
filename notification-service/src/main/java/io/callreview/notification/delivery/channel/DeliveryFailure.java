package io.callreview.notification.delivery.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * A send that did not succeed. Permanent failures (an address that does not exist, a webhook that was
 * revoked) are not retried; others are, with backoff, and {@code retryAfter} is honoured when the receiver asked for it.
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;

    private DeliveryFailure(String message, boolean permanent, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure transientFailure(String message, Throwable cause) {
        return new DeliveryFailure(message, false, null, cause);
    }

    public static DeliveryFailure retryAfter(String message, Duration retryAfter) {
        return new DeliveryFailure(message, false, retryAfter, null);
    }

    public static DeliveryFailure permanent(String message, Throwable cause) {
        return new DeliveryFailure(message, true, null, cause);
    }

    public boolean permanent() {
        return permanent;
    }

    public Optional<Duration> requestedDelay() {
        return Optional.ofNullable(retryAfter);
    }
}
