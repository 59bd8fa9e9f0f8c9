package io.callreview.loadtest.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every field of a valid JSON body, nested ones included (the first element of each array), replaced in turn by each
 * value of another JSON type: a service must refuse every one of them, never coerce it ("12345" for 12345, "true" for
 * true, a number for an instant, 12 for 12.5, an enum by its position).
 */
final class WrongJsonTypes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WrongJsonTypes() {
    }

    /** Name ("field: wrong type") to body, in field order. */
    static Map<String, String> of(String validBody) {
        JsonNode root;
        try {
            root = JSON.readTree(validBody);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        collect(root, "", root, bodies);
        return bodies;
    }

    private static void collect(JsonNode root, String path, JsonNode node, Map<String, String> bodies) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                for (JsonNode wrong : wrongFor(field.getValue())) {
                    JsonNode copy = root.deepCopy();
                    ((ObjectNode) at(copy, path)).set(field.getKey(), wrong);
                    bodies.put(fieldPath + " is " + describe(wrong), copy.toString());
                }
                collect(root, fieldPath, field.getValue(), bodies);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(root, path + "[0]", node.get(0), bodies);
        }
    }

    private static List<JsonNode> wrongFor(JsonNode value) {
        List<JsonNode> wrong = new ArrayList<>();
        if (value.isNull()) {
            return wrong;
        }
        if (!value.isNumber()) {
            wrong.add(NODES.numberNode(12345));
        }
        if (value.isIntegralNumber()) {
            wrong.add(NODES.numberNode(value.asLong() + 0.5));
        }
        if (!value.isTextual()) {
            wrong.add(NODES.textNode(value.isNumber() ? value.asText() : "text"));
        }
        if (!value.isBoolean()) {
            wrong.add(NODES.booleanNode(true));
        }
        if (!value.isObject()) {
            wrong.add(NODES.objectNode().put("value", value.asText()));
        }
        if (!value.isArray()) {
            wrong.add(NODES.arrayNode().add(value.deepCopy()));
        }
        return wrong;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (String step : path.split("\\.")) {
            boolean first = step.endsWith("[0]");
            node = node.get(first ? step.substring(0, step.length() - 3) : step);
            if (first) {
                node = ((ArrayNode) node).get(0);
            }
        }
        return node;
    }

    private static String describe(JsonNode wrong) {
        return switch (wrong.getNodeType()) {
            case NUMBER -> wrong.isIntegralNumber() ? "an integer" : "a fraction";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> wrong.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
