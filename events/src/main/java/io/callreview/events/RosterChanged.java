package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;

/**
 * The roster (scorecard-service) is where a rep's team is decided: an admin assigned the rep, or the rep's first call
 * enrolled them. {@code revision} grows with every change of the rep's entry: consumers keep the highest one per rep,
 * so a late or repeated event changes nothing. A call never moves a rep to another team.
 */
public record RosterChanged(
        @NotBlank String repId,
        @NotBlank String teamId,
        String previousTeamId,
        @Positive long revision,
        @NotNull Instant changedAt) implements EventPayload {
}
