package io.callreview.notification.delivery;

public enum DeliveryStatus {
    /** Due at {@code dueAt}: waiting for the dispatcher, first time or after a failed attempt. */
    PENDING,
    /** Held back by quiet hours or for the digest until {@code dueAt}. */
    DEFERRED,
    /** Claimed by a dispatcher; the attempt is recorded before the send starts. */
    SENDING,
    SENT,
    /** Gave up: retries exhausted, a permanent error, or in doubt after a crash. An admin may retry. */
    FAILED,
    /** Deliberately not sent: daily cap, expired, or the channel was switched off. */
    SUPPRESSED;

    public boolean isWaiting() {
        return this == PENDING || this == DEFERRED;
    }
}
