package io.callreview.scorecard.calibration;

import io.callreview.events.Verdict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's verdicts in a calibration session: they replace the coach's earlier ones")
public record RatingsRequest(@NotNull @Size(max = 450) List<@NotNull @Valid Rating> ratings) {

    @Schema(name = "CalibrationRating")
    public record Rating(
            @NotBlank @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
            @NotBlank @Schema(example = "qualification") String behaviourKey,
            @NotNull @Schema(example = "MET", description = "MET, MISSED or NOT_APPLICABLE (where the behaviour allows it)") Verdict verdict) {
    }
}
