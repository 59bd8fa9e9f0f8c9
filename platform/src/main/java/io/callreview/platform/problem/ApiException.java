package io.callreview.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/** A request the service understood and refused, with the status and the field to blame. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", what + " not found", what + " '" + id + "' does not exist", List.of());
    }

    /**
     * A 404 for an object that exists but the caller may not see: answered exactly as an unknown one, and recorded in
     * the audit log as denied access with {@code reason}.
     */
    public static ApiException hidden(String what, Object id, String reason) {
        return new Hidden(what, id, reason);
    }

    public static ApiException conflict(String field, String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, fieldErrors(field, detail));
    }

    public static ApiException unprocessable(String field, String detail) {
        return new ApiException(422, "unprocessable", "Request cannot be processed", detail, fieldErrors(field, detail));
    }

    public static ApiException badRequest(String field, String detail) {
        return new ApiException(400, "validation", "Invalid request", detail, fieldErrors(field, detail));
    }

    /** Every error of a request at once, so that the client fixes them in one go. */
    public static ApiException badRequest(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return new ApiException(400, "validation", "Invalid request", detail, List.copyOf(errors));
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail, List.of());
    }

    public static ApiException tooLarge(String field, String detail) {
        return new ApiException(413, "too-large", "Payload too large", detail, fieldErrors(field, detail));
    }

    private static List<Problem.FieldError> fieldErrors(String field, String detail) {
        return field == null ? List.of() : List.of(new Problem.FieldError(field, detail));
    }

    public Problem toProblem() {
        return Problem.of(status, slug, title, getMessage(), errors);
    }

    public int status() {
        return status;
    }

    /** See {@link #hidden}. */
    public static final class Hidden extends ApiException {

        private final String reason;

        private Hidden(String what, Object id, String reason) {
            super(404, "not-found", what + " not found", what + " '" + id + "' does not exist", List.of());
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
