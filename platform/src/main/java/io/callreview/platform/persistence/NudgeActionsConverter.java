package io.callreview.platform.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.events.NudgeRequested;
import jakarta.persistence.Converter;
import java.util.List;

/** A nudge's actions as JSON: coaching-service stores them when it plans a nudge, notification-service when it receives one. */
@Converter
public class NudgeActionsConverter extends ImmutableJsonColumnConverter<List<NudgeRequested.Action>> {

    public NudgeActionsConverter() {
        super(new TypeReference<>() {
        });
    }
}
