package io.callreview.coaching.nudge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's nudge settings")
public record RepSettingsUpdate(
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone", example = "Europe/Berlin") String timeZone,
        @NotNull @Schema(type = SchemaType.STRING, example = "08:30") LocalTime workStart,
        @NotNull @Schema(type = SchemaType.STRING, example = "17:00") LocalTime workEnd,
        @NotEmpty @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\"]") Set<@NotNull DayOfWeek> workDays,
        @NotNull @Min(0) @Max(20) @Schema(description = "Nudges per local day (0 pauses micro-moments)", example = "3") Integer dailyCap) {
}
