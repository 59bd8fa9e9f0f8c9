package io.callreview.scorecard.call;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why an admin sets a call aside")
public record SetAsideRequest(
        @NotBlank @Schema(example = "test call", minLength = 1, maxLength = AdminActions.REASON_LIMIT,
                description = "Why the call counts nowhere: 1 to 500 characters, leading and trailing spaces dropped")
        String reason) {
}
