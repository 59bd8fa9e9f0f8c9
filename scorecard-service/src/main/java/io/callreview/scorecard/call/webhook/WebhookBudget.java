package io.callreview.scorecard.call.webhook;

import io.smallrye.faulttolerance.api.RateLimit;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/**
 * Each webhook source's budget of verified requests, counted per instance over a rolling minute: spent only once the
 * signature holds, so forgeries cannot use up the real sender's budget. Over it the answer is 429 with Retry-After;
 * HubSpot and Zoom retry such deliveries. The limits are set per source in application.properties
 * ({@code HUBSPOT_WEBHOOK_RATE_LIMIT}, {@code ZOOM_WEBHOOK_RATE_LIMIT}, {@code SIGNED_WEBHOOK_RATE_LIMIT}, {@code TWILIO_WEBHOOK_RATE_LIMIT}) under keys
 * naming this class and method: renaming either needs its key changed too.
 */
@ApplicationScoped
public class WebhookBudget {

    static final int PER_MINUTE = 600;
    static final String TOO_MANY = "Too many requests from this source, or too many bad signatures from this address:"
            + " retry after the Retry-After seconds";

    @RateLimit(value = PER_MINUTE, window = 1, windowUnit = ChronoUnit.MINUTES, type = RateLimitType.ROLLING)
    public void hubspot() {
    }

    @RateLimit(value = PER_MINUTE, window = 1, windowUnit = ChronoUnit.MINUTES, type = RateLimitType.ROLLING)
    public void zoom() {
    }

    @RateLimit(value = PER_MINUTE, window = 1, windowUnit = ChronoUnit.MINUTES, type = RateLimitType.ROLLING)
    public void signed() {
    }

    @RateLimit(value = PER_MINUTE, window = 1, windowUnit = ChronoUnit.MINUTES, type = RateLimitType.ROLLING)
    public void twilio() {
    }
}
