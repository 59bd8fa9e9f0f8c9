package io.callreview.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the review form into the body of {@code PUT /api/reviews/{id}}: one verdict, reason and comment per
 * behaviour ({@code verdict.<key>}...), the kept moments plus a new one, strength, focus and summary. The service
 * checks all of it (an override without a reason is its 400 naming the field).
 */
@ApplicationScoped
public class ReviewForms {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    ObjectNode update(JsonNode draft, MultivaluedMap<String, String> form) {
        ObjectNode update = JSON.objectNode();
        ArrayNode verdicts = update.putArray("verdicts");
        for (JsonNode behaviour : draft.path("behaviours")) {
            String key = behaviour.path("key").asText();
            String verdict = form.getFirst("verdict." + key);
            if (verdict == null || verdict.isBlank()) {
                continue;
            }
            ObjectNode entry = verdicts.addObject().put("behaviourKey", key).put("verdict", verdict);
            putText(entry, "reason", form.getFirst("reason." + key));
            putText(entry, "comment", form.getFirst("comment." + key));
        }
        ArrayNode moments = update.putArray("moments");
        List<String> kept = form.getOrDefault("keepMoment", List.of());
        int index = 0;
        for (JsonNode moment : draft.path("moments")) {
            if (kept.contains(String.valueOf(index++))) {
                moments.add(moment);
            }
        }
        String comment = form.getFirst("moment.comment");
        if (comment != null && !comment.isBlank()) {
            ObjectNode moment = moments.addObject().put("atMs", MomentTimes.millis(form.getFirst("moment.at"))).put("comment", comment);
            putText(moment, "behaviourKey", form.getFirst("moment.behaviourKey"));
        }
        putText(update, "strengthBehaviourKey", form.getFirst("strengthBehaviourKey"));
        putText(update, "focusBehaviourKey", form.getFirst("focusBehaviourKey"));
        putText(update, "summary", form.getFirst("summary"));
        return update;
    }

    /** The automatic grade's quotes per behaviour (revision 1), so the coach can jump to each. */
    static Map<String, JsonNode> evidenceByBehaviour(JsonNode revisions) {
        Map<String, JsonNode> evidence = new HashMap<>();
        if (revisions.isArray() && !revisions.isEmpty()) {
            for (JsonNode behaviour : revisions.get(0).path("behaviours")) {
                evidence.put(behaviour.path("key").asText(), behaviour.path("evidence"));
            }
        }
        return evidence;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
