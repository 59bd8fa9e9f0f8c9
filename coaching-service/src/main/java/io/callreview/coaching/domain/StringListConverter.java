package io.callreview.coaching.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.platform.persistence.ImmutableJsonColumnConverter;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class StringListConverter extends ImmutableJsonColumnConverter<List<String>> {

    public StringListConverter() {
        super(new TypeReference<>() {
        });
    }
}
