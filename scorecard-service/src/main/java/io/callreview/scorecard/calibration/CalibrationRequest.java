package io.callreview.scorecard.calibration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A calibration session: calls of one call type, the coaches who rate them, optionally some behaviours")
public record CalibrationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "March discovery calibration") String name,
        @NotNull @Size(min = 1, max = 50) @Schema(example = "[\"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\", \"0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10\"]")
        List<@NotBlank String> callIds,
        @NotNull @Size(min = 2, max = 20) @Schema(example = "[\"coach-7\", \"coach-9\", \"coach-12\"]")
        List<@NotBlank @Size(max = 200) String> coachIds,
        @Size(max = 9) @Schema(example = "[\"qualification\", \"next-steps\"]",
                description = "Default: every behaviour the calls' scorecards share") List<@NotBlank String> behaviourKeys) {
}
