package io.callreview.coaching.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The spaced quizzes since the unit was done")
public record QuizProgressView(
        @Schema(example = "4") int answered,
        @Schema(description = "Right answers at the end, in a row", example = "2") int rightInARow,
        @Schema(description = "Right answers in a row that pass the unit", example = "3") int toPass) {
}
