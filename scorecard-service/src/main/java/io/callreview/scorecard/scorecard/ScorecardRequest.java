package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The key behaviours of a scorecard draft: 1 to 9, the few that make the biggest difference")
public record ScorecardRequest(@NotNull List<@NotNull @Valid Behaviour> behaviours) {
}
