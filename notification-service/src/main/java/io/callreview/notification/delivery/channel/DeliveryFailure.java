package io.callreview.notification.delivery.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * A send that did not succeed. Permanent failures (an address that does not exist, a webhook that was
 * revoked) are not retried; others are, with backoff, and {@code retryAfter} is honoured when the receiver asked for it.
 * The message is what the rep may read (e.g. a webhook's status code); the detail (the receiver's answer, why an
 * address was refused) is for admins only.
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;
    private final String detail;

    private DeliveryFailure(String message, String detail, boolean permanent, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.detail = detail;
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure transientFailure(String message, Throwable cause) {
        return transientFailure(message, message, cause);
    }

    public static DeliveryFailure transientFailure(String message, String detail, Throwable cause) {
        return new DeliveryFailure(message, detail, false, null, cause);
    }

    public static DeliveryFailure retryAfter(String message, String detail, Duration retryAfter) {
        return new DeliveryFailure(message, detail, false, retryAfter, null);
    }

    public static DeliveryFailure permanent(String message, Throwable cause) {
        return permanent(message, message, cause);
    }

    public static DeliveryFailure permanent(String message, String detail, Throwable cause) {
        return new DeliveryFailure(message, detail, true, null, cause);
    }

    public boolean permanent() {
        return permanent;
    }

    public Optional<Duration> requestedDelay() {
        return Optional.ofNullable(retryAfter);
    }

    /** What went wrong in full, for admins. */
    public String detail() {
        return detail;
    }
}
