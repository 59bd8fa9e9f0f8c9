package io.callreview.notification.preferences;

import java.time.Instant;

/** Builds what the preferences API shows from preferences already loaded. */
final class PreferencesViews {

    private PreferencesViews() {
    }

    static PreferencesView view(String repId, DeliveryPreferences preferences, WorkingHours workingHours, Instant updatedAt) {
        return new PreferencesView(repId,
                new ChannelSwitches(preferences.inbox(), preferences.email(), preferences.chat()),
                preferences.emailAddress(), preferences.chatWebhookUrl(), preferences.zone().getId(),
                workingHours.start(), workingHours.end(), workingHours.days(),
                preferences.quietHours().map(QuietHours::toString).orElse(null), preferences.dailyCap(),
                new DigestSettings(preferences.digest(), preferences.digestHour()), preferences.customized(), updatedAt);
    }
}
