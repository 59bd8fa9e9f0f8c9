package io.callreview.notification.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many nudges were marked read")
public record MarkedRead(@Schema(example = "4") int marked) {
}
