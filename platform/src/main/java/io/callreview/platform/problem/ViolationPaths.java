package io.callreview.platform.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a bean-validation property path into the JSON path a client sent, e.g. {@code behaviours[2].weight}. */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static String jsonPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() && parameterName != null ? parameterName : field.toString();
    }
}
