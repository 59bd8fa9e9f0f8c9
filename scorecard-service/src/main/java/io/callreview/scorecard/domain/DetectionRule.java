package io.callreview.scorecard.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the automatic grader recognises a behaviour in a transcript: which phrases or concepts count,
 * who must say them, where in the call, whether as a question, and how often.
 */
@Schema(description = "How the automatic grader recognises the behaviour")
public record DetectionRule(
        @NotEmpty @Size(max = 50) @Schema(example = "[\"budget\", \"timeline\", \"decision process\"]",
                description = "Phrases or concepts; matched after stemming and synonyms, so 'budgeted' matches 'budget'")
        List<@NotBlank @Size(max = 200) String> phrases,
        @NotNull @Schema(example = "REP") RequiredSpeaker speaker,
        @NotNull @Valid CallWindow window,
        @Schema(example = "true", description = "The utterance must be a question") boolean question,
        @Positive @Max(50) @Schema(example = "1", description = "How many matching utterances are needed") int minCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid @Schema(description = "Optional, for behaviours that allow N/A: what must happen for the behaviour to apply")
        Precondition applicableWhen) {

    public DetectionRule {
        phrases = phrases == null ? null : List.copyOf(phrases);
        window = window == null ? CallWindow.WHOLE_CALL : window;
    }

    public DetectionRule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount) {
        this(phrases, speaker, window, question, minCount, null);
    }
}
