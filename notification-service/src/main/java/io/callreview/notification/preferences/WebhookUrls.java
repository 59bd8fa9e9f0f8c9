package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which chat webhooks the service will POST to. The service calls whatever URL a rep stores, so only https to the
 * allowed chat hosts is accepted, and an address written as an IP must be public. Plain http and loopback only with
 * the explicit local override (tests, local receivers). This checks the URL as written; a host name's addresses are
 * checked when it is called, on every send.
 */
public final class WebhookUrls {

    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

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
        boolean localOverride = config.allowInsecureLocalhost() && isLoopback(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && localOverride)) {
            return Optional.of("must use https");
        }
        if (localOverride) {
            return Optional.empty();
        }
        Optional<InetAddress> literal = ipLiteral(host);
        if (literal.isPresent() && !PublicAddresses.isPublic(literal.get())) {
            return Optional.of("host " + host + " is not a public address");
        }
        if (!isAllowedHost(host, config.allowedHosts())) {
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

    private static boolean isAllowedHost(String host, List<String> allowed) {
        return allowed.stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                .anyMatch(a -> !a.isEmpty() && (host.equals(a) || host.endsWith("." + a)));
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || ipLiteral(host).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    /** The address of a host written as an IP literal; parsing a literal never asks DNS. */
    private static Optional<InetAddress> ipLiteral(String host) {
        if (!host.startsWith("[") && !IPV4_LITERAL.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
