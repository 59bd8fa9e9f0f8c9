package io.callreview.coaching.profile;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One rep at one behaviour")
public record BehaviourProfileView(
        @Schema(example = "next-steps") String behaviourKey,
        @Schema(example = "Does the rep close with agreed next steps?") String question,
        @Schema(example = "CLOSING") String category,
        @Schema(example = "2.0") double weight,
        @Schema(description = "Whether it is one of the rep's focus behaviours") boolean focus,
        VerdictRecordView record,
        MemoryView memory,
        StageView stage,
        @Schema(description = "Absent until the rep's first scored call at the behaviour") PathView path,
        DiagnosisView diagnosis,
        @Schema(description = "The next scheduled nudge about this behaviour, if any") NextMomentView nextMoment,
        @Schema(description = "What was assigned about it (training units, mentoring pairings), newest first") List<ActionView> actions) {
}
