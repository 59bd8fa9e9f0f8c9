package io.callreview.platform.problem;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation's violations as the field errors of a problem, named as the JSON names them, in field order. */
public final class ConstraintErrors {

    private ConstraintErrors() {
    }

    public static List<Problem.FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(ViolationPaths.jsonPath(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }
}
