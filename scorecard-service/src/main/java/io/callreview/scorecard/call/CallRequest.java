package io.callreview.scorecard.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call as a CRM or telephony system reports it")
public record CallRequest(
        @NotBlank @Size(max = 200) @Schema(example = "crm-call-81723", description = "The source system's id of the call")
        String externalId,
        @NotBlank @Pattern(regexp = SOURCE_PATTERN, message = "must be 1 to 40 lower-case letters, digits, '.', '_' or '-'")
        @Schema(example = "salesforce") String source,
        @NotBlank @Size(max = 200) @Schema(example = "rep-42") String repId,
        @NotBlank @Size(max = 200) @Schema(example = "team-emea") String teamId,
        @NotBlank @Size(max = 40) @Schema(example = "discovery") String callType,
        @NotNull @Schema(example = "2026-03-02T15:00:00Z", description = "When the call started: not in the future (the sender's"
                + " clock may run five minutes ahead)") Instant startedAt,
        @NotNull @PositiveOrZero @Max(MAX_DURATION_SECONDS) @Schema(example = "1800") Integer durationSeconds,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://recordings.example.com/81723.mp4", description = "The call's recording (WAV, MP3 or"
                + " M4A/MP4, https on an allowlisted host): without a transcript the call is transcribed from it")
        String recordingUrl,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid ParticipantRequest> participants,
        @Valid @Schema(description = "Required unless recordingUrl names a recording to transcribe") TranscriptRequest transcript) {

    public static final String SOURCE_PATTERN = "[a-z0-9][a-z0-9._-]{0,39}";

    /** Ids with stray spaces around them, as CRM fields often have, name the same rep, team and call type. */
    public CallRequest {
        externalId = stripped(externalId);
        source = stripped(source);
        repId = stripped(repId);
        teamId = stripped(teamId);
        callType = stripped(callType);
    }

    private static String stripped(String id) {
        return id == null ? null : id.strip();
    }
    /** Twelve hours: longer is a recording left running, not a sales call. */
    public static final int MAX_DURATION_SECONDS = 43_200;
}
