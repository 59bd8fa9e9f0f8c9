package io.callreview.scorecard.domain;

import io.callreview.events.Verdict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One key behaviour of a scorecard, as a coach defines it and the grader applies it. */
@Schema(description = "A key behaviour: one question the scorecard asks of every call")
public record Behaviour(
        @NotBlank @Pattern(regexp = Behaviour.KEY_PATTERN, message = "must be lower-case letters, digits, '-' or '_', starting with a letter")
        @Size(max = 64) @Schema(example = "qualification") String key,
        @NotBlank @Size(max = 300) @Schema(example = "Does the rep qualify the prospect by asking about budget and timing?")
        String question,
        @Size(max = 2000) @Schema(example = "The rep asks open questions about budget, timeline or how the decision gets made.",
                description = "What doing it well looks like, in words a rep can act on: reps read it in training units and "
                        + "practice, and each sentence is a choice when a reflection prompt asks what made it work")
        String guidance,
        @NotNull @Schema(example = "QUALIFICATION") BehaviourCategory category,
        @DecimalMin(value = "0.1") @DecimalMax(value = "100") @Schema(example = "2", required = true, description = "Relative weight in the score")
        double weight,
        @Schema(example = "false", description = "Missing a critical behaviour fails the call") boolean critical,
        @Schema(example = "true", description = "Whether the behaviour may be graded not applicable") boolean naAllowed,
        @NotNull @Valid DetectionRule detection) {

    public static final String KEY_PATTERN = "[a-z][a-z0-9_-]*";

    /** Why a coach (reviewing, resolving a dispute or calibrating) may not give {@code verdict} here; empty if they may. */
    public Optional<String> coachVerdictError(Verdict verdict) {
        if (verdict == Verdict.NEEDS_REVIEW) {
            return Optional.of("a coach decides: MET, MISSED or NOT_APPLICABLE");
        }
        if (verdict == Verdict.NOT_APPLICABLE && !naAllowed) {
            return Optional.of("behaviour '" + key + "' cannot be NOT_APPLICABLE on its scorecard");
        }
        return Optional.empty();
    }

    /** The same behaviour, recognised by another detection rule. */
    public Behaviour withDetection(DetectionRule newDetection) {
        return new Behaviour(key, question, guidance, category, weight, critical, naAllowed, newDetection);
    }

    /** The behaviours by key, in the order given; a new map the caller may change. */
    public static Map<String, Behaviour> byKey(List<Behaviour> behaviours) {
        Map<String, Behaviour> byKey = new LinkedHashMap<>();
        behaviours.forEach(b -> byKey.put(b.key(), b));
        return byKey;
    }
}
