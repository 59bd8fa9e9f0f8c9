package io.callreview.coaching.profile;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something assigned to the rep about a behaviour: a training unit (GET /api/reps/{repId}/training)"
        + " or a mentoring pairing (GET /api/reps/{repId}/mentoring)")
public record ActionView(
        @Schema(example = "TRAINING") Kind kind,
        @Schema(example = "5b0c8f0e-7d1c-4a3e-9a57-2f1d3c4b5a69") String id,
        @Schema(description = "The unit's or the pairing's status", example = "DONE") String status,
        @Schema(description = "When it was assigned or paired") Instant since,
        @Schema(description = "The mentor, for MENTORING", example = "rep-7") String mentorId) {

    public enum Kind { TRAINING, MENTORING }
}
