package io.callreview.notification.delivery.channel;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.domain.Channel;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Posts Block Kit JSON to a Slack-compatible incoming webhook, after checking its address again (see
 * {@link WebhookTargets}). 2xx is success; 408, 429 and 5xx, timeouts and
 * connection errors are worth retrying; any other 4xx means the webhook is wrong or revoked, which no retry fixes.
 */
@ApplicationScoped
public class ChatSender implements ChannelSender {

    @Inject
    Vertx vertx;

    @Inject
    NotificationConfig config;

    @Inject
    WebhookTargets targets;

    private WebClient client;

    @PostConstruct
    void init() {
        int timeout = (int) config.chat().timeout().toMillis();
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(timeout)
                .setFollowRedirects(false)
                .setVerifyHost(true)
                .setUserAgent("callreview-notification-service"));
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public Channel channel() {
        return Channel.CHAT;
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryFailure {
        WebhookTarget target = targets.resolve(message.destination());
        Duration timeout = config.chat().timeout();
        HttpResponse<Buffer> response;
        try {
            // Connects to the address just checked, never to a second lookup of the name (which DNS rebinding could
            // point elsewhere); the Host header, TLS SNI and certificate check still use the URL's host name.
            SocketAddress checked = SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port()));
            response = client.requestAbs(HttpMethod.POST, checked, message.destination())
                    .timeout(timeout.toMillis())
                    .putHeader("X-Callreview-Reference", message.reference())
                    .sendJsonObject(BlockKitMessage.of(message))
                    .await().atMost(timeout.plusSeconds(1));
        } catch (RuntimeException e) {
            throw DeliveryFailure.transientFailure(WebhookTargets.UNREACHABLE, WebhookTargets.UNREACHABLE + ": " + rootMessage(e), e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        // the rep reads the status code only; what the receiver answered may echo internal details
        String answered = "webhook answered " + status;
        String detail = answered + bodyExcerpt(response);
        if (status == 429) {
            throw DeliveryFailure.retryAfter(answered, detail, retryAfter(response.getHeader("Retry-After")));
        }
        if (status == 408 || status >= 500) {
            throw DeliveryFailure.transientFailure(answered, detail, null);
        }
        // any other 4xx, and redirects, which are never followed
        throw DeliveryFailure.permanent(answered, detail, null);
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String bodyExcerpt(HttpResponse<Buffer> response) {
        String body = response.bodyAsString();
        if (body == null || body.isBlank()) {
            return "";
        }
        body = body.strip();
        return ": " + (body.length() > 200 ? body.substring(0, 200) + "\u2026" : body);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
