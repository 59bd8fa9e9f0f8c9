package io.callreview.coaching.profile;

import io.callreview.coaching.rules.Approach;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The recommended approach for this rep and behaviour, with its reason")
public record DiagnosisView(
        @Schema(example = "MENTORING") Approach approach,
        @Schema(example = "Never shown (0 of 5 scored calls), and the rep has not acknowledged a gap. Peer rep-7 consistently excels at it on discovery calls (6 of 6, 100%): listening to how they do it on call c-88 shows what good sounds like.")
        String reason,
        @Schema(description = "The suggested peer, for MENTORING") MentorView mentor) {
}
