package io.callreview.notification.delivery;

/** Why a delivery is deferred, waiting, suppressed or failed. */
public enum DeliveryReason {
    QUIET_HOURS,
    DIGEST,
    RETRY_BACKOFF,
    ADMIN_RETRY,
    DAILY_CAP,
    EXPIRED,
    CHANNEL_OFF,
    /** A later nudge corrected this one before it went out on this channel. */
    REVISED,
    RETRIES_EXHAUSTED,
    PERMANENT_ERROR,
    /** The instance stopped while sending: the rep may or may not have it, so it is not resent automatically. */
    IN_DOUBT
}
