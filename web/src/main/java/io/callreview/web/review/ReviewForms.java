package io.callreview.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.api.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the review form into the body of {@code PUT /api/reviews/{id}}: one verdict, reason and comment per
 * behaviour ({@code verdict.<key>}...), the kept moments plus a new one, strength, focus and summary. The service
 * checks all of it (an override without a reason is its 400 naming the field).
 */
@ApplicationScoped
public class ReviewForms {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern VERDICT_FIELD = Pattern.compile("verdicts\\[(\\d+)]\\.(\\w+)");

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

    /**
     * The draft as the coach left it on the form: each behaviour's verdict, reason and comment, the moments, strength,
     * focus and summary from {@code update}; what the page shows again when the service refuses the entries.
     */
    static JsonNode withEdits(JsonNode draft, ObjectNode update) {
        ObjectNode shown = draft.deepCopy();
        Map<String, JsonNode> entries = new HashMap<>();
        update.path("verdicts").forEach(entry -> entries.put(entry.path("behaviourKey").asText(), entry));
        for (JsonNode behaviour : shown.path("behaviours")) {
            ObjectNode edited = (ObjectNode) behaviour;
            JsonNode entry = entries.get(edited.path("key").asText());
            for (String field : List.of("verdict", "reason", "comment")) {
                edited.set(field, entry == null ? null : entry.get(field));
            }
        }
        shown.set("moments", update.path("moments"));
        for (String field : List.of("strengthBehaviourKey", "focusBehaviourKey", "summary")) {
            shown.set(field, update.get(field));
        }
        return shown;
    }

    /**
     * The service's refusal with each field of a verdict named by its behaviour's question ("Does the rep close with
     * next steps? reason" for {@code verdicts[2].reason}), since the form has no numbered verdicts.
     */
    static ApiProblem naming(ApiProblem problem, ObjectNode update, JsonNode draft) {
        Map<String, String> questions = new HashMap<>();
        draft.path("behaviours").forEach(b -> questions.put(b.path("key").asText(), b.path("question").asText()));
        List<ApiProblem.FieldError> named = problem.errors().stream().map(error -> {
            Matcher verdict = VERDICT_FIELD.matcher(error.field() == null ? "" : error.field());
            if (!verdict.matches() || Integer.parseInt(verdict.group(1)) >= update.path("verdicts").size()) {
                return error;
            }
            String key = update.path("verdicts").get(Integer.parseInt(verdict.group(1))).path("behaviourKey").asText();
            return new ApiProblem.FieldError(questions.getOrDefault(key, key) + " " + verdict.group(2), error.message());
        }).toList();
        return new ApiProblem(problem.status(), problem.title(), problem.detail(), named);
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
