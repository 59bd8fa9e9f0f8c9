package io.callreview.notification.delivery.channel;

import io.callreview.notification.domain.Channel;
import java.util.List;

/**
 * One message to one rep on one channel: a single nudge, or a digest of several.
 * {@code reference} identifies it in headers and logs (the delivery id, or the digest id).
 */
public record OutgoingMessage(Channel channel, String repId, String destination, List<NudgeContent> nudges, boolean digest,
                              String reference, String preferencesUrl) {

    public OutgoingMessage {
        nudges = List.copyOf(nudges);
    }
}
