package io.callreview.notification.delivery.channel;

import java.net.InetAddress;

/** The one checked address, and the port, a webhook is sent to. */
record WebhookTarget(InetAddress address, int port) {
}
