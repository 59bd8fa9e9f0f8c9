package io.callreview.scorecard.call;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The rep a call belongs to, and why it moves there")
public record MoveRequest(
        @NotBlank @Schema(example = "rep-jwalker", description = "The rep whose call it is, on the roster; their team is the roster's")
        String repId,
        @NotBlank @Schema(example = "Jessica's call: the dialer posted it under Tom", minLength = 1,
                maxLength = AdminActions.REASON_LIMIT,
                description = "Why the call moves: 1 to 500 characters, leading and trailing spaces dropped")
        String reason) {
}
