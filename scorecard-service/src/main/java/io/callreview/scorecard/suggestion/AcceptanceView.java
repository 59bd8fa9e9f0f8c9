package io.callreview.scorecard.suggestion;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the accepted examples went: the draft scorecard version that now holds them")
public record AcceptanceView(
        @Schema(example = "discovery") String callType,
        @Schema(example = "3", description = "Read it with GET /api/call-types/{key}/scorecards/{version}; publish it to grade with it")
        int draftVersion,
        List<ExampleSuggestionView> accepted) {
}
