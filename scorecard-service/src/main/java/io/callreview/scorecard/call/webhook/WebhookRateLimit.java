package io.callreview.scorecard.call.webhook;

/**
 * Each webhook source (HubSpot, Zoom, the generic signed webhook) has its own rate limit, counted per instance over
 * a rolling minute and applied before the signature is checked, so a flood of forged requests is cut off cheaply.
 * Over the limit the answer is 429 with Retry-After; HubSpot and Zoom retry such deliveries. The limits are set per
 * source in application.properties ({@code HUBSPOT_WEBHOOK_RATE_LIMIT}, {@code ZOOM_WEBHOOK_RATE_LIMIT},
 * {@code SIGNED_WEBHOOK_RATE_LIMIT}); this is the default of the annotation. Those keys name the annotated resource
 * class and method ({@code "<class>/<method>"}): renaming or moving either needs its key changed too.
 */
final class WebhookRateLimit {

    static final int PER_MINUTE = 600;
    static final String TOO_MANY = "Too many requests from this source: retry after the Retry-After seconds";

    private WebhookRateLimit() {
    }
}
