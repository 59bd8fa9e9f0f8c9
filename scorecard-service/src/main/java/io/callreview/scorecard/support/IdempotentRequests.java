package io.callreview.scorecard.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} as payment APIs honour it: keys are scoped to the caller; the first successful answer
 * is stored with a hash of the request in the same transaction as its effect; the same key with the same body
 * replays that answer, with a different body it is refused (422). Failed requests store nothing, so they can be
 * retried with the same key. Two requests racing on one new key: the second fails on the key's primary key (409).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    /** A status and a body: an object on first execution, the stored JSON text on a replay. */
    public record Answer(int status, Object body) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Transactional
    public Answer run(String caller, String key, String operation, Object request, Supplier<Answer> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ApiException.badRequest(HEADER, "must be 1 to 255 characters");
        }
        String hash = hash(operation, request);
        var previous = IdempotencyRecord.find(caller, key);
        if (previous.isPresent()) {
            IdempotencyRecord record = previous.get();
            if (!record.requestHash.equals(hash) || !record.operation.equals(operation)) {
                throw ApiException.unprocessable(HEADER, "this Idempotency-Key was already used with a different"
                        + " request; use a new key for a new request");
            }
            return new Answer(record.responseStatus, record.responseBody);
        }
        Answer answer = action.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = new IdempotencyRecord.Key(caller, key);
        record.operation = operation;
        record.requestHash = hash;
        record.responseStatus = answer.status();
        record.responseBody = json(answer.body());
        record.createdAt = clock.instant();
        record.persist();
        return answer;
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store answer", e);
        }
    }
}
