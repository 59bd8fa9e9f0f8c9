package io.callreview.scorecard.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a JSON body an endpoint takes as raw bytes, with the same 400 problems for malformed JSON and invalid fields
 * as a body Quarkus REST reads itself. Endpoints take the bytes when they must see them first (a webhook checks the
 * signature over them) or when the body may be absent: a POJO parameter makes Quarkus REST answer 415 to a POST
 * without a body, as curl sends it.
 */
@ApplicationScoped
public class JsonBody {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public <T> T read(byte[] body, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, 400);
        } catch (IOException e) {
            throw ApiException.badRequest("body", "cannot be read");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** Null for an absent or blank body. */
    public <T> T readOptional(byte[] body, Class<T> type) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return read(body, type);
    }
}
