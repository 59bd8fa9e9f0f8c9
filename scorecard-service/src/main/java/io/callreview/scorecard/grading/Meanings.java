package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meaning of the sentences of one call that some behaviour may count: their passages, encoded together in one
 * batch, and how close each comes to a behaviour's examples.
 */
final class Meanings {

    /** The passage of a sentence that came closest to a behaviour's examples. */
    record Reading(String passage, ExampleIndex.Closeness closeness, double typicalMargin) {

        double margin() {
            return closeness.margin();
        }
    }

    private final Map<Integer, List<Passages.Passage>> passages = new HashMap<>();
    private final Map<String, float[]> vectors = new HashMap<>();
    /** Per behaviour's index, the closeness of each passage already read: a call says many things more than once. */
    private final Map<ExampleIndex, Map<String, ExampleIndex.Closeness>> read = new IdentityHashMap<>();

    Meanings(IndexedTranscript indexed, Iterable<Integer> sentences, SentenceEncoder encoder) {
        Map<String, Boolean> texts = new LinkedHashMap<>();
        for (int sentence : sentences) {
            List<Passages.Passage> of = Passages.of(indexed.sentences().get(sentence));
            passages.put(sentence, of);
            of.forEach(p -> texts.put(p.text(), true));
        }
        List<String> unique = new ArrayList<>(texts.keySet());
        List<float[]> encoded = encoder.encode(unique);
        for (int i = 0; i < unique.size(); i++) {
            vectors.put(unique.get(i), encoded.get(i));
        }
    }

    /** The closest passage of the sentence; with {@code questionsOnly}, only passages that ask something count. */
    Optional<Reading> read(int sentence, ExampleIndex index, boolean questionsOnly) {
        Reading best = null;
        for (Passages.Passage passage : passages.getOrDefault(sentence, List.of())) {
            if (questionsOnly && !passage.question()) {
                continue;
            }
            ExampleIndex.Closeness closeness = read.computeIfAbsent(index, i -> new HashMap<>())
                    .computeIfAbsent(passage.text(), text -> index.closeness(vectors.get(text)));
            Reading reading = new Reading(passage.text(), closeness, index.typicalMargin());
            if (best == null || reading.margin() > best.margin()) {
                best = reading;
            }
        }
        return Optional.ofNullable(best);
    }
}
