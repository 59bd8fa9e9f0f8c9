package io.callreview.notification.delivery;

import io.callreview.notification.domain.Channel;
import io.callreview.notification.preferences.DeliveryPreferences;
import io.callreview.notification.preferences.WebhookUrls;

/** How a delivery's destination is shown in the delivery log. */
public final class Destinations {

    private Destinations() {
    }

    public static String describe(Channel channel, DeliveryPreferences preferences) {
        String destination = preferences.destination(channel);
        if (destination == null) {
            return channel == Channel.INBOX ? "inbox" : null;
        }
        return channel == Channel.CHAT ? WebhookUrls.displayHost(destination) : destination;
    }
}
