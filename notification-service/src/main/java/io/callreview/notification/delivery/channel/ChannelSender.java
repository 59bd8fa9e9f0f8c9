package io.callreview.notification.delivery.channel;

import io.callreview.notification.domain.Channel;

/** Sends a message on one push channel. Called outside any transaction, after the attempt is recorded. */
public interface ChannelSender {

    Channel channel();

    void send(OutgoingMessage message) throws DeliveryFailure;
}
