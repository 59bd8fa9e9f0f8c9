package io.callreview.notification.delivery;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of deliveries, most recently changed first")
public record DeliveryPage(List<DeliveryView> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
                           @Schema(example = "2") long total) {
}
