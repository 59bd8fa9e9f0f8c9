package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What changed between two versions of a scorecard, behaviour by behaviour")
public record ScorecardDiff(
        @Schema(example = "discovery") String callType,
        @Schema(example = "1") int from,
        @Schema(example = "2") int to,
        List<Behaviour> added,
        List<Behaviour> removed,
        List<BehaviourChange> changed,
        @Schema(description = "Keys of behaviours identical in both versions") List<String> unchanged) {

    @Schema(description = "The fields of one behaviour that differ")
    public record BehaviourChange(@Schema(example = "qualification") String key, List<FieldChange> changes) {
    }

    @Schema(description = "One field's value in each version")
    public record FieldChange(
            @Schema(example = "detection.phrases") String field,
            @Schema(example = "[\"budget\"]") Object from,
            @Schema(example = "[\"budget\", \"timeline\"]") Object to) {
    }
}
