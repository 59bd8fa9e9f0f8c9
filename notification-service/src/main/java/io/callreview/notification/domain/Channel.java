package io.callreview.notification.domain;

/** Where a nudge reaches a rep. The inbox is pulled by the app; email and chat interrupt, so they obey the rules. */
public enum Channel {
    INBOX,
    EMAIL,
    CHAT;

    public boolean pushes() {
        return this != INBOX;
    }
}
