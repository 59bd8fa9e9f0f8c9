package io.callreview.scorecard.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ordinary sales-call talk that is none of the key behaviours (the built-in {@code background.txt}), with its
 * vectors, computed once per grader. Every behaviour's examples are weighed against it.
 */
record OrdinaryTalk(List<String> sentences, List<float[]> vectors) {

    static OrdinaryTalk load(SentenceEncoder encoder) {
        try (InputStream in = OrdinaryTalk.class.getResourceAsStream("background.txt")) {
            if (in == null) {
                throw new IllegalStateException("background.txt is missing from the classpath");
            }
            List<String> sentences = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return new OrdinaryTalk(sentences, encoder.encode(sentences));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
