package io.callreview.notification.inbox;

import io.callreview.events.RepResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's answer to a nudge; a field not listed here is refused", additionalProperties = Schema.False.class)
public record ResponseRequest(
        @NotNull @Schema(example = "SELF_ASSESSMENT") RepResponse.Kind kind,
        @Schema(example = "YES", description = "Required for SELF_ASSESSMENT, absent otherwise") RepResponse.SelfAssessment selfAssessment,
        @Size(max = 300) @Schema(example = "I asked what happens if they do nothing",
                description = "For QUIZ_ANSWER (required) and REFLECTION: one of the choices the nudge offers") String choice,
        @Size(max = 1000) @Schema(example = "I asked about their timeline before talking about price.",
                description = "For REFLECTION: what made it work, in the rep's own words") String text) {

    /** The free text, stripped; null when blank. */
    public String ownWords() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
