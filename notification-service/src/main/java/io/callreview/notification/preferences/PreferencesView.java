package io.callreview.notification.preferences;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The preferences in force for a rep")
public record PreferencesView(
        @Schema(example = "rep-42") String repId,
        ChannelSwitches channels,
        @Schema(example = "dana@example.com") String emailAddress,
        @Schema(example = "https://hooks.slack.com/services/T000/B000/XXXX") String chatWebhookUrl,
        @Schema(example = "Europe/Berlin") String timeZone,
        @Schema(example = "21:00-08:00", description = "null when the rep has no quiet hours") String quietHours,
        @Schema(example = "5") int dailyCap,
        DigestSettings digest,
        @Schema(description = "false while the rep has set nothing and the defaults apply") boolean customized,
        Instant updatedAt) {

    public static PreferencesView of(String repId, DeliveryPreferences preferences, Instant updatedAt) {
        return new PreferencesView(repId,
                new ChannelSwitches(preferences.inbox(), preferences.email(), preferences.chat()),
                preferences.emailAddress(), preferences.chatWebhookUrl(), preferences.zone().getId(),
                preferences.quietHours().map(QuietHours::toString).orElse(null), preferences.dailyCap(),
                new DigestSettings(preferences.digest(), preferences.digestHour()), preferences.customized(), updatedAt);
    }
}
