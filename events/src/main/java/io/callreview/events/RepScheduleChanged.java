package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * notification-service owns when a rep may be contacted and announces every change of it, with the whole schedule
 * in force afterwards. {@code revision} grows with every change of the rep's preferences: consumers keep the
 * highest revision per rep and ignore a lower or equal one, so a late or repeated event changes nothing.
 */
public record RepScheduleChanged(
        @NotBlank String repId,
        String teamId,
        @NotBlank String timeZone,
        @NotNull LocalTime workStart,
        @NotNull LocalTime workEnd,
        @NotEmpty List<@NotNull DayOfWeek> workDays,
        String quietHours,
        @Positive int dailyCap,
        @PositiveOrZero long revision,
        @NotNull Instant updatedAt) implements EventPayload {

    public RepScheduleChanged {
        workDays = List.copyOf(workDays);
    }
}
