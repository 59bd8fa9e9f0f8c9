package io.callreview.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads every document of a YAML file (anchors and merge keys resolved) as JSON trees. */
final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Yaml() {
    }

    static List<JsonNode> documents(Path file) {
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new LoaderOptions());
        try (Reader reader = Files.newBufferedReader(file)) {
            List<JsonNode> documents = new ArrayList<>();
            for (Object document : yaml.loadAll(reader)) {
                if (document != null) {
                    documents.add(MAPPER.valueToTree(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static JsonNode single(Path file) {
        List<JsonNode> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " documents, expected 1");
        }
        return documents.get(0);
    }
}
