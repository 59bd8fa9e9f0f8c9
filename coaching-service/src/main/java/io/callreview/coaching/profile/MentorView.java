package io.callreview.coaching.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A peer who consistently excels at the behaviour on the same call type")
public record MentorView(
        @Schema(example = "rep-7") String repId,
        @Schema(example = "discovery") String callType,
        @Schema(description = "Decided calls of the peer considered", example = "6") int calls,
        @Schema(example = "6") int met,
        @Schema(example = "1.0") double adherence,
        @Schema(description = "Lower bound of the 95% Wilson interval of the adherence: high rate and many calls", example = "0.61")
        double consistency,
        ExampleCallView exampleCall) {
}
