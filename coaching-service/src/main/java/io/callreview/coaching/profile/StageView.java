package io.callreview.coaching.profile;

import io.callreview.coaching.rules.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the rep stands on the competence ladder for this behaviour")
public record StageView(
        @Schema(example = "CONSCIOUSLY_INCOMPETENT") Stage stage,
        @Schema(description = "What the stage means", example = "Sees the gap but does not do it consistently yet: practice and feedback close it.")
        String meaning,
        @Schema(description = "Why the rep is at this stage", example = "Met on 2 of the last 6 scored calls; on call c-19 the rep said they had not done it on a call where it was indeed missed, so they know it is a gap.")
        String basis,
        @Schema(description = "Shown on enough recent calls, at or above the competent adherence, and on the latest one") boolean consistent,
        @Schema(description = "Consciously competent and consistent: the target; routine nudges about it stop until a lapse") boolean atTarget) {
}
