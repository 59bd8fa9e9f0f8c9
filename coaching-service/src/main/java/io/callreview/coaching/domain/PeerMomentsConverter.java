package io.callreview.coaching.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.coaching.rules.PracticeItem.PeerMoment;
import io.callreview.platform.persistence.ImmutableJsonColumnConverter;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class PeerMomentsConverter extends ImmutableJsonColumnConverter<List<PeerMoment>> {

    public PeerMomentsConverter() {
        super(new TypeReference<>() {
        });
    }
}
