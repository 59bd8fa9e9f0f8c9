package io.callreview.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * For bodies a person writes by hand, such as a scorecard: a misspelt field ({@code "counterExample"},
 * {@code "fromSeconds"}) is refused with 400 naming it, where the services otherwise ignore fields they do not know
 * so that CRMs and webhooks may send more than they read. Use with Quarkus REST's {@code @CustomDeserialization}.
 */
public class UnknownFieldsRefused implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
