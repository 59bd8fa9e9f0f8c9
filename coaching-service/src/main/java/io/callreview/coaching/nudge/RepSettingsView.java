package io.callreview.coaching.nudge;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "When a rep may receive nudges; values the rep did not set come from the service defaults")
public record RepSettingsView(
        @Schema(example = "rep-42") String repId,
        @Schema(example = "Europe/Berlin") String timeZone,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "09:00") LocalTime workStart,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "17:30") LocalTime workEnd,
        @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") Set<DayOfWeek> workDays,
        @Schema(description = "Nudges per local day; plan updates do not count", example = "3") int dailyCap,
        @Schema(description = "True while the rep has not set their own settings") boolean defaults) {
}
