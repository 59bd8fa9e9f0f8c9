package io.callreview.scorecard.dispute;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of disputes, newest first")
public record DisputePage(List<DisputeView> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                          @Schema(example = "3") long total) {
}
