package io.callreview.scorecard.scheduledcall;

import io.callreview.scorecard.call.CallRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call a CRM has on a rep's calendar")
public record ScheduledCallRequest(
        @NotBlank @Size(max = 200) @Schema(example = "rep-42") String repId,
        @Size(max = 200) @Schema(example = "team-emea") String teamId,
        @NotBlank @Size(max = 40) @Schema(example = "discovery") String callType,
        @NotNull @Schema(example = "2026-03-05T14:00:00Z") Instant startsAt,
        @NotBlank @Size(max = 200) @Schema(example = "crm-meeting-5512", description = "The CRM's id of the meeting") String externalId,
        @Pattern(regexp = CallRequest.SOURCE_PATTERN, message = "must be 1 to 40 lower-case letters, digits, '.', '_' or '-'")
        @Schema(example = "salesforce", description = "Defaults to 'api'") String source) {

    public String sourceOrDefault() {
        return source == null ? "api" : source;
    }
}
