package io.callreview.scorecard.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the automatic grader recognises a behaviour in a transcript: what doing it sounds like (examples) and what
 * sounds close but is not it (counter-examples), which phrases are strong, explainable signals, who must say it,
 * where in the call, whether as a question (an open one, where it says so), and how often. A rule needs phrases, examples or both.
 *
 * <p>Some behaviours are about answering the prospect ("tie a feature to a pain the prospect described"): whether a
 * rep's sentence does them depends on what the prospect said before, which the sentence alone does not show. For
 * those, {@code buildsOnProspect} lets a sentence that comes close to the examples, without quite reaching them, count
 * when it takes up something the prospect said earlier on the call, and asks of one that reaches them that it take up
 * something the prospect said or say it answers them ("since you told me ..."): a feature tour answers nobody.
 */
@Schema(description = "How the automatic grader recognises the behaviour")
public record DetectionRule(
        @Size(max = 50) @Schema(example = "[\"budget\", \"timeline\", \"decision process\"]",
                description = "Phrases or concepts; matched after stemming and synonyms, so 'budgeted' matches 'budget'."
                        + " Optional when there are examples.")
        List<@NotBlank @Size(max = 200) String> phrases,
        @NotNull @Schema(example = "REP") RequiredSpeaker speaker,
        @Valid @Schema(description = "Where in the call the behaviour counts; the whole call when left out") CallWindow window,
        @Schema(example = "true", description = "The utterance must be a question") boolean question,
        @Positive @Max(50) @Schema(example = "1", required = true, description = "How many matching utterances are needed") int minCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid @Schema(description = "Optional, for behaviours that allow N/A: what must happen for the behaviour to apply")
        Precondition applicableWhen,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Size(max = MAX_EXAMPLES)
        @Schema(example = "[\"How much are you looking to invest in this?\", \"When do you need this up and running?\", \"Who holds the purse strings for tools like this?\"]",
                description = "What doing the behaviour sounds like, in the words reps really use: the grader recognises"
                        + " utterances that mean the same, however they are worded. At least 3, worded differently; ten or"
                        + " more, with a few counter-examples, tell the behaviour apart more sharply")
        List<@NotBlank @Size(min = 3, max = MAX_EXAMPLE_LENGTH) String> examples,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = MAX_EXAMPLES)
        @Schema(example = "[\"I won't get into budget today.\", \"Budget is usually the first thing people ask about.\"]",
                description = "What sounds close but is not the behaviour; an utterance nearer to these than to the examples does not count")
        List<@NotBlank @Size(min = 3, max = MAX_EXAMPLE_LENGTH) String> counterExamples,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        @Schema(example = "false", description = "For rep behaviours with examples that answer the prospect (e.g. tying a"
                + " feature to a pain the prospect described): a rep sentence close to the examples, but not close enough on"
                + " its own, also counts when it takes up something the prospect said earlier on the call; and one close"
                + " enough on its own counts only when it takes up something the prospect said or says it answers them"
                + " (\"since you told me ...\"), where the call names the prospect")
        boolean buildsOnProspect,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        @Schema(example = "true", description = "The utterance must be an open question, one that asks for more than a yes"
                + " or a no (\"What budget have you set aside?\", not \"Do you have budget?\"); implies question")
        boolean openQuestion,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid
        @Schema(description = "Optional: the behaviour counts only until the first moment someone of this role says this"
                + " (e.g. recap the prospect's pains before the rep starts showing the product: \"Let me share my"
                + " screen.\"); inside the window as well. When the moment never comes, the window alone decides")
        Precondition before) {

    public static final int MIN_EXAMPLES = 3;
    public static final int MAX_EXAMPLES = 30;
    public static final int MAX_EXAMPLE_LENGTH = 300;

    public DetectionRule {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        window = window == null ? CallWindow.WHOLE_CALL : window;
        examples = examples == null ? List.of() : List.copyOf(examples);
        counterExamples = counterExamples == null ? List.of() : List.copyOf(counterExamples);
        question = question || openQuestion;
    }

    public DetectionRule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount) {
        this(phrases, speaker, window, question, minCount, null);
    }

    public DetectionRule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount,
                         Precondition applicableWhen) {
        this(phrases, speaker, window, question, minCount, applicableWhen, null, null, false);
    }

    public DetectionRule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount,
                         Precondition applicableWhen, List<String> examples, List<String> counterExamples) {
        this(phrases, speaker, window, question, minCount, applicableWhen, examples, counterExamples, false);
    }

    public DetectionRule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount,
                         Precondition applicableWhen, List<String> examples, List<String> counterExamples,
                         boolean buildsOnProspect) {
        this(phrases, speaker, window, question, minCount, applicableWhen, examples, counterExamples, buildsOnProspect, false);
    }

    public DetectionRule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount,
                         Precondition applicableWhen, List<String> examples, List<String> counterExamples,
                         boolean buildsOnProspect, boolean openQuestion) {
        this(phrases, speaker, window, question, minCount, applicableWhen, examples, counterExamples, buildsOnProspect,
                openQuestion, null);
    }

    /** Whether the grader recognises the behaviour by meaning, not only by its phrases. */
    public boolean semantic() {
        return !examples.isEmpty();
    }

    /** A copy with other examples and counter-examples. */
    public DetectionRule withApplicableWhen(Precondition precondition) {
        return new DetectionRule(phrases, speaker, window, question, minCount, precondition, examples, counterExamples,
                buildsOnProspect, openQuestion, before);
    }

    public DetectionRule withExamples(List<String> newExamples, List<String> newCounterExamples) {
        return new DetectionRule(phrases, speaker, window, question, minCount, applicableWhen, newExamples, newCounterExamples,
                buildsOnProspect, openQuestion, before);
    }
}
