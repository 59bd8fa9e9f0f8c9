package io.callreview.platform.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of strings as a JSON array, e.g. the dedupe keys of the nudges one nudge revises. */
@Converter
public class StringListConverter extends ImmutableJsonColumnConverter<List<String>> {

    public StringListConverter() {
        super(new TypeReference<>() {
        });
    }
}
