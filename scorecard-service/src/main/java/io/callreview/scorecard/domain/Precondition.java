package io.callreview.scorecard.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What must happen in a call for a behaviour to apply at all, e.g. "the prospect raises a price objection"
 * before "the rep handles the objection" can be expected. Only behaviours that allow N/A use it. It is recognised
 * by its phrases, or by meaning from its examples, or both; counter-examples teach what sounds like it but is not
 * ("Send the invite to office at acme dot com" is no "just send me an email" brush-off). Only what is said from its
 * first moment on can meet the behaviour.
 */
@Schema(description = "When the behaviour applies: if nobody of this role says any of these phrases, or anything"
        + " meaning what the examples mean, the grader answers NOT_APPLICABLE; otherwise only what is said from the"
        + " first such moment on can meet the behaviour")
public record Precondition(
        @Size(max = 50) @Schema(example = "[\"too expensive\", \"concern\", \"not sure\"]")
        List<@NotBlank @Size(max = 200) String> phrases,
        @NotNull @Schema(example = "PROSPECT") RequiredSpeaker speaker,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = DetectionRule.MAX_EXAMPLES)
        @Schema(example = "[\"Honestly the price went up more than we expected.\", \"We're looking at a cheaper option.\", \"Half the team stopped using it.\"]")
        List<@NotBlank @Size(min = 3, max = DetectionRule.MAX_EXAMPLE_LENGTH) String> examples,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = DetectionRule.MAX_EXAMPLES)
        @Schema(description = "Sentences that sound like the precondition but are not; only with examples",
                example = "[\"The price is on the second page, right?\"]")
        List<@NotBlank @Size(min = 3, max = DetectionRule.MAX_EXAMPLE_LENGTH) String> counterExamples) {

    public Precondition {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        examples = examples == null ? List.of() : List.copyOf(examples);
        counterExamples = counterExamples == null ? List.of() : List.copyOf(counterExamples);
    }

    public Precondition(List<String> phrases, RequiredSpeaker speaker) {
        this(phrases, speaker, null, null);
    }

    public Precondition(List<String> phrases, RequiredSpeaker speaker, List<String> examples) {
        this(phrases, speaker, examples, null);
    }
}
