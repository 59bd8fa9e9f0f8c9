package io.callreview.platform.query;

import io.callreview.platform.problem.ApiException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Query and path parameters of an enum or whole-number type, refused with a 400 that names the parameter and what it
 * takes, where JAX-RS would answer a bare 404; an enum's value is read as JSON bodies read it, in any case
 * ({@code status=open}).
 */
@Provider
public class ReadableParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType.asSubclass(Enum.class), nameOf(annotations));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new WholeNumberConverter<>(nameOf(annotations), Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new WholeNumberConverter<>(nameOf(annotations), Long::valueOf);
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private record WholeNumberConverter<N extends Number>(String name, Function<String, N> parse) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(name, "must be a whole number, not '" + value + "'");
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
            throw ApiException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
