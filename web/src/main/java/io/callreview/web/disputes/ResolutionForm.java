package io.callreview.web.disputes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resolve form as the body of {@code POST /api/disputes/{id}/resolution}. The form always carries a verdict
 * select (it works without JavaScript), but only an overturn (ACCEPTED) sends it: the service refuses a verdict with
 * any other outcome. What the service requires (a reason to uphold, a verdict to overturn) it checks itself.
 */
final class ResolutionForm {

    private ResolutionForm() {
    }

    static ObjectNode resolution(String outcome, String verdict, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("outcome", blankToNull(outcome));
        if ("ACCEPTED".equals(outcome)) {
            body.put("verdict", blankToNull(verdict));
        }
        body.put("reason", blankToNull(reason));
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
