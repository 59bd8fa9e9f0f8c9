package io.callreview.notification.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Unread nudges in the inbox that still stand: not expired, not corrected by a later one")
public record UnreadCount(@Schema(example = "3") long unread) {
}
