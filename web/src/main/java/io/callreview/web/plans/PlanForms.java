package io.callreview.web.plans;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;

/**
 * Reads the plan forms into coaching-service's bodies: a new plan ({@code POST /api/plans}) and an edit, completion
 * or cancellation ({@code PUT /api/plans/{id}}, with the version read). The target is typed as a percentage and sent
 * as a share; what cannot be read is sent as null, so that the service names the field. Every rule of a plan (one
 * active plan per rep, behaviours the team is graded on, a review date ahead) is the service's.
 */
final class PlanForms {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PlanForms() {
    }

    static ObjectNode plan(MultivaluedMap<String, String> form) {
        ObjectNode plan = JSON.objectNode();
        plan.put("repId", text(form.getFirst("repId")));
        return fields(plan, form);
    }

    /** The plan as edited, in {@code status}: ACTIVE to save, COMPLETED or CANCELLED to end it. */
    static ObjectNode update(MultivaluedMap<String, String> form, String status) {
        ObjectNode update = fields(JSON.objectNode(), form);
        update.put("status", status);
        String version = text(form.getFirst("version"));
        if (version != null && version.matches("\\d{1,18}")) {
            update.put("version", Long.parseLong(version));
        }
        return update;
    }

    private static ObjectNode fields(ObjectNode plan, MultivaluedMap<String, String> form) {
        ArrayNode focus = plan.putArray("focusBehaviours");
        String first = text(form.getFirst("focus1"));
        String second = text(form.getFirst("focus2"));
        if (first != null) {
            focus.add(first);
        }
        if (second != null && !second.equals(first)) {
            focus.add(second);
        }
        plan.put("targetAdherence", share(form.getFirst("targetPercent")));
        plan.put("reviewDate", text(form.getFirst("reviewDate")));
        plan.put("notes", text(form.getFirst("notes")));
        plan.put("blockage", text(form.getFirst("blockage")));
        plan.put("solution", text(form.getFirst("solution")));
        return plan;
    }

    /** "80" or "80 %" as 0.8; null where it is no number. */
    static BigDecimal share(String percent) {
        String typed = text(percent);
        if (typed == null) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace("%", "").strip()).movePointLeft(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
