package io.callreview.notification.inbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a rep's inbox, newest first")
public record InboxPage(List<InboxItem> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                        @Schema(example = "42") long total, @Schema(example = "3") long unread) {
}
