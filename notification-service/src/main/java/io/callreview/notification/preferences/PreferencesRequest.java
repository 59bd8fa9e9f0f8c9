package io.callreview.notification.preferences;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Replaces a rep's preferences; every field left out takes its default, a field not listed here is refused",
        additionalProperties = Schema.False.class)
public record PreferencesRequest(
        @Valid ChannelSwitches channels,
        @Size(max = 320) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address such as rep@example.com")
        @Schema(example = "dana@example.com") String emailAddress,
        @Size(max = 2000) @Schema(example = "https://hooks.slack.com/services/T000/B000/XXXX",
                description = "Slack-compatible incoming webhook; https only") String chatWebhookUrl,
        @Size(max = 64) @Schema(example = "Europe/Berlin", description = "IANA time zone; default UTC") String timeZone,
        @Schema(type = SchemaType.STRING, example = "08:30",
                description = "Local start of the working day; coaching-service plans nudges inside working hours; default 09:00")
        LocalTime workStart,
        @Schema(type = SchemaType.STRING, example = "17:00", description = "Local end of the working day; an end before workStart is a night shift ending the next morning; default 17:30")
        LocalTime workEnd,
        @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\"]", description = "At least one; default Monday to Friday")
        Set<@NotNull DayOfWeek> workDays,
        @Size(max = 20) @Schema(example = "21:00-08:00",
                description = "Local HH:mm-HH:mm window without email or chat, may cross midnight; \"\" for none; default 21:00-08:00")
        String quietHours,
        @Min(1) @Max(100) @Schema(example = "5", description = "Most nudges per local day: coaching-service plans no more"
                + " micro-moments than this (plan updates do not count), and no more go out by email or chat; default 5")
        Integer dailyCap,
        @Valid DigestSettings digest) {
}
