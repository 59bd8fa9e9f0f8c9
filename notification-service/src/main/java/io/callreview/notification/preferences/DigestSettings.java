package io.callreview.notification.preferences;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Digest mode: low-priority nudges are gathered into one message a day at a local hour",
        additionalProperties = Schema.False.class)
public record DigestSettings(
        @Schema(example = "true") Boolean enabled,
        @Min(0) @Max(23) @Schema(example = "9", description = "Local hour (0-23) the digest goes out; default 9") Integer hour) {
}
