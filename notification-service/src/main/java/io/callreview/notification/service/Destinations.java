package io.callreview.notification.service;

import io.callreview.notification.domain.Channel;
import io.callreview.notification.domain.DeliveryPreferences;

/** How a delivery's destination is shown in the delivery log. */
final class Destinations {

    private Destinations() {
    }

    static String describe(Channel channel, DeliveryPreferences preferences) {
        String destination = preferences.destination(channel);
        if (destination == null) {
            return channel == Channel.INBOX ? "inbox" : null;
        }
        return channel == Channel.CHAT ? WebhookUrls.displayHost(destination) : destination;
    }
}
