package io.callreview.scorecard.call;

import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.transcript.Participant;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call and its latest score")
public record CallView(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String id,
        @Schema(example = "crm-call-81723") String externalId,
        @Schema(example = "salesforce") String source,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "Rita Rep", description = "The rep's name on the roster; null when the roster has none") String repName,
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "discovery") String callType,
        @Schema(example = "3", description = "The scorecard version the call is graded against") int scorecardVersion,
        Instant startedAt,
        @Schema(example = "1800") int durationSeconds,
        String recordingUrl,
        List<Participant> participants,
        @Schema(example = "AUTO_SCORED", description = "TRANSCRIBING while a call that came as a recording only is"
                + " transcribed, TRANSCRIPTION_FAILED (with statusReason) when it could not be; GRADING until the automatic"
                + " grade is recorded, usually within seconds; GRADING_FAILED (with statusReason) when it could not be, until"
                + " an admin grades it again; NO_CONVERSATION (with statusReason) for a voicemail or a dropped call, left"
                + " ungraded and out of the rep's figures unless an admin grades it again; AUTO_SCORED, then REVIEWED once a"
                + " coach reviewed it; SET_ASIDE (with statusReason, setAsideBy and setAsideAt) once an admin set it aside:"
                + " its scores stay readable but count nowhere") CallStatus status,
        @Schema(example = "grading failed: the transcript is missing", description = "Why the call is in its status (the"
                + " admin's reason for SET_ASIDE); also, on a call graded all the same, what a coach should know: a mono"
                + " recording, a recording the speech recogniser was unsure of, no speaker of the transcript being the rep, or the participant named as the rep not being the"
                + " rep the roster names") String statusReason,
        @Schema(example = "admin-1", description = "The admin who set the call aside; null unless SET_ASIDE") String setAsideBy,
        @Schema(description = "When the call was set aside; null unless SET_ASIDE") Instant setAsideAt,
        Instant receivedAt,
        TranscriptSummary transcript,
        @Schema(description = "The latest score revision") ScoreView score) {
}
