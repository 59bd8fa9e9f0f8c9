package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which chat webhooks the service will POST to. The service calls whatever URL a rep stores, so only
 * https is accepted (plain http only on loopback, and only when configured), optionally restricted to
 * known hosts, so a stored URL cannot aim the service at internal systems.
 */
public final class WebhookUrls {

    private WebhookUrls() {
    }

    /** Returns the reason the URL is refused, if it is. */
    public static Optional<String> refusal(String url, NotificationConfig.Chat config) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null) {
            return Optional.of("must be an absolute https URL without credentials");
        }
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback && config.allowInsecureLocalhost())) {
            return Optional.of("must use https");
        }
        List<String> allowed = config.allowedHosts().orElse(List.of());
        if (!allowed.isEmpty() && !(loopback && config.allowInsecureLocalhost())
                && allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).noneMatch(a -> host.equals(a) || host.endsWith("." + a))) {
            return Optional.of("host " + host + " is not an allowed chat host");
        }
        return Optional.empty();
    }

    /** The part of a webhook URL that may be shown in logs: the host (the path is the secret). */
    public static String displayHost(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "webhook" : host;
        } catch (URISyntaxException e) {
            return "webhook";
        }
    }
}
