package io.callreview.notification.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Unread, unexpired nudges in the inbox")
public record UnreadCount(@Schema(example = "3") long unread) {
}
