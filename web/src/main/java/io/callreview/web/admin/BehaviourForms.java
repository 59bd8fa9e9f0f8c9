package io.callreview.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;

/**
 * Puts one edited behaviour into the body of {@code PUT .../scorecards/{version}}: the scorecard as it is with that
 * behaviour's fields replaced. Lists (phrases, examples, counter-examples, also of the moment the window ends at) are
 * one per line. What is invalid is the service's 400, naming the field.
 */
@ApplicationScoped
public class BehaviourForms {

    ObjectNode withBehaviour(JsonNode card, int index, MultivaluedMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode behaviours = body.putArray("behaviours");
        for (int i = 0; i < card.path("behaviours").size(); i++) {
            ObjectNode behaviour = card.path("behaviours").get(i).deepCopy();
            if (i == index) {
                edit(behaviour, form);
            }
            behaviours.add(behaviour);
        }
        return body;
    }

    private static void edit(ObjectNode behaviour, MultivaluedMap<String, String> form) {
        behaviour.put("question", form.getFirst("question"));
        String guidance = form.getFirst("guidance");
        if (guidance == null || guidance.isBlank()) {
            behaviour.remove("guidance");
        } else {
            behaviour.put("guidance", guidance.strip());
        }
        behaviour.put("weight", number(form.getFirst("weight")));
        behaviour.put("critical", form.containsKey("critical"));
        behaviour.put("naAllowed", form.containsKey("naAllowed"));
        ObjectNode detection = behaviour.withObject("/detection");
        detection.put("speaker", form.getFirst("speaker"));
        detection.put("question", form.containsKey("askedAsQuestion"));
        detection.put("openQuestion", form.containsKey("openQuestion"));
        detection.put("minCount", (int) number(form.getFirst("minCount")));
        lines(detection.putArray("phrases"), form.getFirst("phrases"));
        lines(detection.putArray("examples"), form.getFirst("examples"));
        lines(detection.putArray("counterExamples"), form.getFirst("counterExamples"));
        detection.put("buildsOnProspect", form.containsKey("buildsOnProspect"));
        editBefore(detection, form);
    }

    /** The moment that ends the behaviour's window: none when its phrases, examples and counter-examples are all empty. */
    private static void editBefore(ObjectNode detection, MultivaluedMap<String, String> form) {
        ObjectNode before = JsonNodeFactory.instance.objectNode();
        before.put("speaker", form.getFirst("beforeSpeaker"));
        lines(before.putArray("phrases"), form.getFirst("beforePhrases"));
        lines(before.putArray("examples"), form.getFirst("beforeExamples"));
        lines(before.putArray("counterExamples"), form.getFirst("beforeCounterExamples"));
        if (before.path("phrases").isEmpty() && before.path("examples").isEmpty() && before.path("counterExamples").isEmpty()) {
            detection.remove("before");
        } else {
            detection.set("before", before);
        }
    }

    /** What is not a number goes as -1, which the service refuses with the field named. */
    private static double number(String typed) {
        try {
            return Double.parseDouble(typed.strip());
        } catch (NullPointerException | NumberFormatException e) {
            return -1;
        }
    }

    private static void lines(ArrayNode into, String text) {
        if (text != null) {
            Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(into::add);
        }
    }
}
