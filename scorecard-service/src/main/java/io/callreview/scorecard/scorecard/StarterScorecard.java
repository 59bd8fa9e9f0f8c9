package io.callreview.scorecard.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.scorecard.domain.Behaviour;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The starter library: a scorecard for each common call type that works out of the box, with examples of what doing
 * each behaviour sounds like in reps' own words, counter-examples of what only sounds close, and phrases as explainable
 * signals. Teams then tune them to their own process and vocabulary.
 *
 * <ul>
 *   <li>{@code discovery}: the five classic questions (seed 002: process steps, qualification, the right people, next
 *   steps, product coverage), in {@code starter-scorecard.json};</li>
 *   <li>{@code demo} and {@code renewal}, in {@code starter-scorecards.json}; a behaviour there may take its detection
 *   rule from the discovery scorecard ({@code "detection": {"$ref": "discovery/next-steps"}}).</li>
 * </ul>
 *
 * All three are graded by {@code bench/grading-eval.sh} on labelled calls.
 */
public final class StarterScorecard {

    public static final String DISCOVERY = "discovery";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<Behaviour>> TEMPLATES = load();

    private StarterScorecard() {
    }

    /** The discovery scorecard. */
    public static List<Behaviour> behaviours() {
        return TEMPLATES.get(DISCOVERY);
    }

    /** The starter scorecard of that name, if the library has one. */
    public static Optional<List<Behaviour>> template(String name) {
        return Optional.ofNullable(TEMPLATES.get(name));
    }

    /**
     * The library's scorecard for a call type: the one named as the call type is, or as the first part of its key
     * ({@code demo-emea}, {@code renewal_smb}), else discovery.
     */
    public static String nameFor(String callTypeKey) {
        String key = callTypeKey.toLowerCase(Locale.ROOT);
        for (String name : TEMPLATES.keySet()) {
            if (key.equals(name) || key.startsWith(name + "-") || key.startsWith(name + "_")) {
                return name;
            }
        }
        return DISCOVERY;
    }

    /** The names of the library's scorecards, discovery first. */
    public static List<String> names() {
        return List.copyOf(TEMPLATES.keySet());
    }

    private static Map<String, List<Behaviour>> load() {
        try {
            Map<String, List<Behaviour>> templates = new LinkedHashMap<>();
            JsonNode discovery = read("starter-scorecard.json");
            templates.put(DISCOVERY, behaviours(discovery, discovery));
            for (Iterator<Map.Entry<String, JsonNode>> more = read("starter-scorecards.json").fields(); more.hasNext(); ) {
                Map.Entry<String, JsonNode> template = more.next();
                templates.put(template.getKey(), behaviours(template.getValue(), discovery));
            }
            return Collections.unmodifiableMap(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Behaviour> behaviours(JsonNode list, JsonNode discovery) throws IOException {
        List<Behaviour> behaviours = new ArrayList<>();
        for (JsonNode behaviour : list) {
            JsonNode ref = behaviour.at("/detection/$ref");
            if (!ref.isMissingNode()) {
                ((ObjectNode) behaviour).set("detection", discoveryDetection(discovery, ref.asText()));
            }
            behaviours.add(JSON.treeToValue(behaviour, Behaviour.class));
        }
        return List.copyOf(behaviours);
    }

    private static JsonNode discoveryDetection(JsonNode discovery, String ref) {
        String key = ref.substring(ref.indexOf('/') + 1);
        for (JsonNode behaviour : discovery) {
            if (behaviour.path("key").asText().equals(key)) {
                return behaviour.get("detection");
            }
        }
        throw new IllegalStateException("starter-scorecards.json refers to " + ref + ", which the discovery scorecard lacks");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = StarterScorecard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return JSON.readTree(in);
        }
    }
}
