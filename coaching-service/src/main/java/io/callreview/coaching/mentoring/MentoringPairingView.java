package io.callreview.coaching.mentoring;

import io.callreview.coaching.domain.MentoringStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep paired with a teammate who is consciously competent and consistent at a behaviour")
public record MentoringPairingView(
        @Schema(example = "5b0c8f0e-7d1c-4a3e-9a57-2f1d3c4b5a69") String id,
        @Schema(description = "The rep being mentored", example = "rep-42") String repId,
        @Schema(example = "rep-7") String mentorId,
        @Schema(description = "The role of the rep whose list this is", example = "MENTEE") Role role,
        @Schema(example = "ask-budget") String behaviourKey,
        @Schema(example = "discovery") String callType,
        @Schema(example = "Does the rep ask about budget?") String question,
        @Schema(description = "PAIRED until one of them records that they met (MET); WITHDRAWN when the rep's calls that count"
                + " no longer grade the behaviour", example = "PAIRED") MentoringStatus status,
        @Schema(description = "Why the rep was paired", example = "Never shown (0 of 5 scored calls), and the rep has not acknowledged a gap. Peer rep-7 consistently excels at it on discovery calls (6 of 6, 100%): listening to how they do it on call c-88 shows what good sounds like.")
        String reason,
        MentorMomentView example,
        Instant pairedAt,
        @Schema(description = "When one of them recorded that they met") Instant metAt,
        @Schema(example = "rep-42") String metRecordedBy,
        @Schema(description = "When it was withdrawn (status WITHDRAWN)") Instant endedAt,
        @Schema(description = "Why it was withdrawn", example = "No longer needed: none of the rep's calls that count grade the behaviour.")
        String endReason) {

    public enum Role { MENTEE, MENTOR }
}
