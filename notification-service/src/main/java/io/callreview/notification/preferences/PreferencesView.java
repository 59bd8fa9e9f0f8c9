package io.callreview.notification.preferences;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The preferences in force for a rep")
public record PreferencesView(
        @Schema(example = "rep-42") String repId,
        ChannelSwitches channels,
        @Schema(example = "dana@example.com") String emailAddress,
        @Schema(example = "https://hooks.slack.com/services/T000/B000/XXXX") String chatWebhookUrl,
        @Schema(example = "Europe/Berlin") String timeZone,
        @Schema(type = SchemaType.STRING, example = "09:00") LocalTime workStart,
        @Schema(type = SchemaType.STRING, example = "17:30") LocalTime workEnd,
        @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") Set<DayOfWeek> workDays,
        @Schema(example = "21:00-08:00", description = "null when the rep has no quiet hours") String quietHours,
        @Schema(example = "5") int dailyCap,
        DigestSettings digest,
        @Schema(description = "false while the rep has set nothing and the defaults apply") boolean customized,
        Instant updatedAt) {
}
