package io.callreview.coaching.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.events.NudgeRequested;
import io.callreview.platform.persistence.JsonColumnConverter;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class ActionsConverter extends JsonColumnConverter<List<NudgeRequested.Action>> {

    public ActionsConverter() {
        super(new TypeReference<>() {
        });
    }
}
