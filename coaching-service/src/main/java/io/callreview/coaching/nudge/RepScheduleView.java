package io.callreview.coaching.nudge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's upcoming micro-moments and what happened to the recent ones")
public record RepScheduleView(
        @Schema(example = "rep-42") String repId,
        RepSettingsView settings,
        @Schema(description = "Nudges counted toward today's cap (in the rep's time zone)", example = "1") int sentToday,
        @Schema(description = "Pending nudges, soonest first") List<ScheduledMomentView> upcoming,
        @Schema(description = "Sent, skipped or cancelled nudges of the last 14 days, latest first") List<ScheduledMomentView> recent) {
}
