package io.callreview.scorecard.call.webhook;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address a webhook request comes from: the peer of the connection, or, when that peer is a trusted proxy, the
 * last address in {@code X-Forwarded-For} that is not itself a trusted proxy. Addresses a sender writes into the
 * header in front of that are never believed: anyone can send the header, only the proxy's own entry is true.
 */
@ApplicationScoped
public class WebhookSenders {

    private final List<IpSubnetFilterRule> trustedProxies;

    @Inject
    public WebhookSenders(WebhookConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(List.of()).stream()
                .map(String::strip).filter(entry -> !entry.isEmpty()).map(WebhookSenders::rule).toList();
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String sender = peer == null ? "unknown" : peer.hostAddress();
        if (!trusted(sender)) {
            return sender;
        }
        List<String> forwarded = request.headers().getAll("X-Forwarded-For").stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            sender = forwarded.get(i);
            if (!trusted(sender)) {
                return sender;
            }
        }
        return sender;
    }

    private boolean trusted(String address) {
        if (trustedProxies.isEmpty()) {
            return false;
        }
        InetAddress ip = literal(address);
        if (ip == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(ip, 0);
        return trustedProxies.stream().anyMatch(rule -> rule.matches(socket));
    }

    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        InetAddress ip = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (ip == null) {
            throw new IllegalArgumentException("WEBHOOK_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range");
        }
        int bits = slash < 0 ? ip.getAddress().length * 8 : Integer.parseInt(entry.substring(slash + 1));
        return new IpSubnetFilterRule(ip, bits, IpFilterRuleType.ACCEPT);
    }

    /** The address if {@code text} is an IP literal; never a DNS lookup. */
    private static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
