package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.platform.persistence.JsonColumnConverter;
import jakarta.persistence.Converter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting or call title containing {@code keyword} (any case) is a call of type {@code callType}. */
@Schema(description = "Picks the call type from the title of a meeting or call")
public record TopicRule(
        @NotBlank @Size(max = 100) @Schema(example = "demo") String keyword,
        @NotBlank @Size(max = 40) @Schema(example = "demo") String callType) {

    /** Stores a list of these as a JSON column. */
    @Converter
    public static class ListColumn extends JsonColumnConverter<List<TopicRule>> {
        public ListColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
