package io.callreview.web.api;

import java.util.List;

/**
 * A service answered with an error: its problem document's status, title, detail and the fields at fault, as the
 * user should see them (never a stack trace).
 */
public class ApiProblem extends RuntimeException {

    /** One field the service named, as a JSON path such as {@code verdicts[2].reason}. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * A refusal of what was sent (400, 404, 409, 422...), for the page to show beside its form; 401 and 403 are about
     * who asks, and show as the problem page.
     */
    public boolean aboutTheInput() {
        return status >= 400 && status < 500 && status != 401 && status != 403;
    }
}
