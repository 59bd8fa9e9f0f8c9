package io.callreview.scorecard.call;

import io.callreview.scorecard.domain.CallStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a replay of a known call answers to a caller who may not read it (an integration token): which call it is and
 * where it stands, never its score, evidence or comments.
 */
@Schema(description = "A call that already existed, as answered to a caller who may not read it")
public record CallReceipt(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String id,
        @Schema(example = "crm-call-81723") String externalId,
        @Schema(example = "salesforce") String source,
        @Schema(example = "AUTO_SCORED") CallStatus status) {

    static CallReceipt of(CallView call) {
        return new CallReceipt(call.id(), call.externalId(), call.source(), call.status());
    }
}
