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
import java.util.Set;

/**
 * Reads a JSON body that may be absent. A POJO parameter makes Quarkus REST answer 415 to a POST without a body
 * (as curl sends it), so such endpoints take the raw bytes and read them here, with the same 400 problems for
 * malformed JSON and invalid fields as any other body.
 */
@ApplicationScoped
public class OptionalBody {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
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
}
