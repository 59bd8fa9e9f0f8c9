package io.callreview.coaching.profile;

import io.callreview.coaching.rules.Phase;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The rep's path at this behaviour (training, mentoring, coaching, then sustaining): where they are,"
        + " why, every move so far and what comes next")
public record PathView(
        @Schema(example = "MENTORING") Phase phase,
        @Schema(description = "What the phase is for", example = "Hearing from a peer who does it consistently and can say why, to fill the gaps only a peer can.")
        String meaning,
        @Schema(example = "2026-11-20T09:00:00Z") Instant since,
        @Schema(description = "Why the rep moved to this phase", example = "Training done after 7 days of training: next, a peer shows how they do it.")
        String reason,
        @Schema(description = "The next phase") Phase next,
        @Schema(description = "What has to happen first", example = "after 14 days of mentoring, once the rep has met their mentor (or none could be found)")
        String nextWhen,
        @Schema(description = "Not before this time; absent when it depends on the rep's calls only", example = "2026-12-04T09:00:00Z")
        Instant nextEarliestAt,
        @Schema(description = "Every move, oldest first") List<PhaseMoveView> moves) {
}
