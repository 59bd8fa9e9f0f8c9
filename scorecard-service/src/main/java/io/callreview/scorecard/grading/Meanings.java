package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The meaning of the sentences of one call that some behaviour may count: their passages, encoded together in one
 * batch, and how close each comes to a behaviour's examples; and, only when a behaviour asks, which earlier sentence
 * of the prospect a sentence takes up.
 */
final class Meanings {

    /** Prospect sentences shorter than this ("Yes, that's right.") say too little to be taken up. */
    private static final int MIN_PROSPECT_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The passage of a sentence that came closest to a behaviour's examples, and the behaviour's index it was read by. */
    record Reading(Passages.Passage passage, ExampleIndex.Closeness closeness, ExampleIndex index) {

        double margin() {
            return closeness.margin();
        }
    }

    /** The earlier prospect sentence that a sentence comes closest to. */
    record Echo(Sentence prospectSentence, double similarity) {
    }

    private final Map<Integer, List<Passages.Passage>> passages = new HashMap<>();
    private final Map<String, float[]> vectors = new HashMap<>();
    /** Per behaviour's index, the closeness of each passage already read: a call says many things more than once. */
    private final Map<ExampleIndex, Map<String, ExampleIndex.Closeness>> read = new IdentityHashMap<>();
    private final IndexedTranscript indexed;
    private final SentenceEncoder encoder;
    private boolean prospectEncoded;

    Meanings(IndexedTranscript indexed, Iterable<Integer> sentences, SentenceEncoder encoder) {
        this.indexed = indexed;
        this.encoder = encoder;
        Map<String, Boolean> texts = new LinkedHashMap<>();
        for (int sentence : sentences) {
            List<Passages.Passage> of = Passages.of(indexed.sentences().get(sentence));
            passages.put(sentence, of);
            of.forEach(p -> texts.put(p.text(), true));
        }
        encodeAll(new ArrayList<>(texts.keySet()));
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
            Reading reading = new Reading(passage, closeness, index);
            if (best == null || reading.margin() > best.margin()) {
                best = reading;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The prospect's sentence before this one that it comes closest to in meaning. The prospect's sentences are
     * encoded when first asked for, so calls whose behaviours never ask pay nothing; all of them at once, because the
     * model runs a few sentences at a time much slower per sentence than a batch, and a behaviour that asks once
     * usually asks again later in the call.
     */
    Optional<Echo> closestEarlierProspectSentence(int sentence) {
        encodeProspectSentences();
        float[] own = vector(indexed.sentences().get(sentence).text());
        Echo best = null;
        for (int earlier = 0; earlier < sentence; earlier++) {
            Sentence candidate = indexed.sentences().get(earlier);
            if (takeable(candidate)) {
                double similarity = SentenceEncoder.similarity(own, vectors.get(candidate.text()));
                if (best == null || similarity > best.similarity()) {
                    best = new Echo(candidate, similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void encodeProspectSentences() {
        if (prospectEncoded) {
            return;
        }
        prospectEncoded = true;
        encodeAll(indexed.sentences().stream()
                .filter(candidate -> takeable(candidate) && !vectors.containsKey(candidate.text()))
                .map(Sentence::text)
                .toList());
    }

    private float[] vector(String text) {
        if (!vectors.containsKey(text)) {
            encodeAll(List.of(text));
        }
        return vectors.get(text);
    }

    private void encodeAll(List<String> texts) {
        List<String> unique = texts.stream().distinct().toList();
        if (unique.isEmpty()) {
            return;
        }
        List<float[]> encoded = encoder.encode(unique);
        for (int i = 0; i < unique.size(); i++) {
            vectors.put(unique.get(i), encoded.get(i));
        }
    }

    private static boolean takeable(Sentence sentence) {
        return sentence.role() == Role.PROSPECT && SPACES.split(sentence.text().strip()).length >= MIN_PROSPECT_WORDS;
    }
}
