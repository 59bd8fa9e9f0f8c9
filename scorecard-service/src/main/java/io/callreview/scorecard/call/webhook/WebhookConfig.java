package io.callreview.scorecard.call.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "callreview.webhooks")
public interface WebhookConfig {

    /** Signed events older (or further in the future) than this are refused as possible replays. */
    @WithDefault("5m")
    Duration maxAge();

    /**
     * The public URL the service is reached at (e.g. {@code https://calls.example.com}), used to rebuild the URI
     * HubSpot signed when a proxy sits in between. Unset: the URI of the request as received.
     */
    Optional<String> publicBaseUrl();

    /**
     * Reverse proxies (IP addresses or CIDR ranges, {@code WEBHOOK_TRUSTED_PROXIES}) whose {@code X-Forwarded-For}
     * names the sender. Unset: the sender is the peer of the connection, and X-Forwarded-For is ignored.
     */
    Optional<List<String>> trustedProxies();

    /**
     * Requests with a bad signature one sender address may make per minute ({@code WEBHOOK_FAILED_SIGNATURES_PER_MINUTE});
     * over it, that address gets 429 without being checked, while real senders keep their per-source budget.
     */
    @WithDefault("20")
    int failedSignaturesPerMinute();

    HubSpot hubspot();

    Zoom zoom();

    Generic generic();

    Twilio twilio();

    interface HubSpot {
        /** The HubSpot app's client secret ({@code HUBSPOT_CLIENT_SECRET}). Unset: every HubSpot call is refused. */
        Optional<String> clientSecret();
    }

    interface Zoom {
        /** The Zoom app's webhook secret token ({@code ZOOM_WEBHOOK_SECRET_TOKEN}). Unset: every Zoom call is refused. */
        Optional<String> secretToken();

        /** Hosts transcripts may be downloaded from; {@code *.zoom.us} allows every subdomain. */
        @WithDefault("zoom.us,*.zoom.us")
        List<String> downloadHosts();

        /** Plain http downloads, for a local test server only; production downloads are https. */
        @WithDefault("false")
        boolean allowHttpDownloads();

        @WithDefault("20s")
        Duration downloadTimeout();

        /** Largest transcript file downloaded. */
        @WithDefault("8388608")
        int maxDownloadBytes();
    }

    interface Generic {
        /** Shared secret of the generic signed webhook ({@code CALL_WEBHOOK_SECRET}). Unset: every call is refused. */
        Optional<String> secret();
    }

    interface Twilio {
        /** The Twilio account's auth token ({@code TWILIO_AUTH_TOKEN}), which signs callbacks. Unset: every one is refused. */
        Optional<String> authToken();

        /**
         * The account's SID ({@code TWILIO_ACCOUNT_SID}): with the auth token, the HTTP basic credentials that fetch
         * recordings when the account protects its media URLs. Unset: recordings are fetched without credentials.
         */
        Optional<String> accountSid();
    }
}
