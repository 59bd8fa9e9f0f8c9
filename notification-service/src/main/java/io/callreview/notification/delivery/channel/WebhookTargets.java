package io.callreview.notification.delivery.channel;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.preferences.PublicAddresses;
import io.callreview.notification.preferences.WebhookUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a webhook again right before each send: the URL against today's rules (it may have been stored under older
 * ones), then every address its host resolves to now. A host that resolves to a loopback, private, link-local or
 * metadata address is refused, whatever it resolved to when the rep saved it.
 */
@ApplicationScoped
public class WebhookTargets {

    static final String NOT_ALLOWED = "webhook address not allowed";
    static final String UNREACHABLE = "webhook unreachable";

    @Inject
    NotificationConfig config;

    WebhookTarget resolve(String url) throws DeliveryFailure {
        Optional<String> refusal = WebhookUrls.refusal(url, config.chat());
        if (refusal.isPresent()) {
            throw DeliveryFailure.permanent(NOT_ALLOWED, "webhook not called: the URL " + refusal.get(), null);
        }
        URI uri = URI.create(url);
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw DeliveryFailure.transientFailure(UNREACHABLE, "webhook not called: " + host + " does not resolve", e);
        }
        for (InetAddress address : addresses) {
            boolean localOverride = config.chat().allowInsecureLocalhost() && address.isLoopbackAddress();
            if (!PublicAddresses.isPublic(address) && !localOverride) {
                throw DeliveryFailure.permanent(NOT_ALLOWED, "webhook not called: " + host + " resolves to "
                        + address.getHostAddress() + ", which is not a public address", null);
            }
        }
        return new WebhookTarget(withoutName(addresses[0]), port(uri));
    }

    /** The bare address, so that nothing downstream can look the name up again. */
    private static InetAddress withoutName(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }
}
