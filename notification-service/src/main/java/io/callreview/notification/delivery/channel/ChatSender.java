package io.callreview.notification.delivery.channel;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.domain.Channel;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Posts Block Kit JSON to a Slack-compatible incoming webhook. 2xx is success; 408, 429 and 5xx, timeouts and
 * connection errors are worth retrying; any other 4xx means the webhook is wrong or revoked, which no retry fixes.
 */
@ApplicationScoped
public class ChatSender implements ChannelSender {

    @Inject
    Vertx vertx;

    @Inject
    NotificationConfig config;

    private WebClient client;

    @PostConstruct
    void init() {
        int timeout = (int) config.chat().timeout().toMillis();
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(timeout)
                .setFollowRedirects(false)
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
        Duration timeout = config.chat().timeout();
        HttpResponse<Buffer> response;
        try {
            response = client.postAbs(message.destination())
                    .timeout(timeout.toMillis())
                    .putHeader("X-Callreview-Reference", message.reference())
                    .sendJsonObject(BlockKitMessage.of(message))
                    .await().atMost(timeout.plusSeconds(1));
        } catch (RuntimeException e) {
            throw DeliveryFailure.transientFailure("webhook unreachable: " + rootMessage(e), e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String detail = "webhook answered " + status + bodyExcerpt(response);
        if (status == 429) {
            throw DeliveryFailure.retryAfter(detail, retryAfter(response.getHeader("Retry-After")));
        }
        if (status == 408 || status >= 500) {
            throw DeliveryFailure.transientFailure(detail, null);
        }
        throw DeliveryFailure.permanent(detail, null);
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
