package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The meaning of the sentences of one call that some behaviour may count: their passages, encoded together in one
 * batch, and how close each comes to a behaviour's examples; and, only when a behaviour asks, which earlier sentence
 * of the prospect a sentence takes up.
 */
final class Meanings {

    /** Prospect sentences shorter than this ("Yes, that's right.") say too little to be taken up. */
    private static final int MIN_PROSPECT_WORDS = 4;
    /**
     * A word used in more than this share of the call's sentences ("the", "we", the product's name) does not tell which
     * of them a sentence takes up; a word in at most {@code ALWAYS_DISTINCTIVE} sentences always does, for short
     * calls. Set against the tuning part of the evaluation set: at 15 % every echo found among all the prospect's
     * sentences was found among the candidates, at 10 % three of 488 were not.
     */
    private static final double DISTINCTIVE_SHARE = 0.15;
    private static final int ALWAYS_DISTINCTIVE = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The passage of a sentence that came closest to a behaviour's examples, the behaviour's index it was read by, and
     * how much its margin is lowered because the call is long ({@link #LONG_CALL_SENTENCES}).
     */
    record Reading(Passages.Passage passage, ExampleIndex.Closeness closeness, ExampleIndex index, double longCallRaise) {

        double margin() {
            return closeness.margin() - longCallRaise;
        }
    }

    /** The earlier prospect sentence that a sentence comes closest to. */
    record Echo(Sentence prospectSentence, double similarity) {
    }

    /**
     * A call of more sentences than this asks every reading for a higher margin, by {@code LONG_CALL_RAISE} times the
     * natural logarithm of how many times longer it is: the more sentences a call has, the likelier some of them come
     * near a behaviour's examples by chance (a feature tour near product coverage, a pricing aside near next steps), as
     * the largest of many draws grows with their number. Set against the tuning part, whose long calls ({@code tu14}, 10 to
     * 18 minutes, 150 to 250 sentences) had most of their errors as such false METs: 0.02 to 0.05 did about as well on
     * the whole part, 0.03 best; from 60 sentences on it cost the shorter calls more than it saved. It stops growing at
     * {@code LONG_CALL_MOST} times as long (300 sentences, about 25 minutes of talk), the longest calls it was measured on:
     * raised further, a 60-minute call's two needed qualification questions would have to stand out more than any
     * measured call asked.
     */
    private static final int LONG_CALL_SENTENCES = 100;
    private static final double LONG_CALL_RAISE = 0.03;
    private static final double LONG_CALL_MOST = 3;

    private final double longCallRaise;
    private final Map<Integer, List<Passages.Passage>> passages = new HashMap<>();
    private final Map<String, float[]> vectors = new HashMap<>();
    /** Per behaviour's index, the closeness of each passage already read: a call says many things more than once. */
    private final Map<ExampleIndex, Map<String, ExampleIndex.Closeness>> read = new IdentityHashMap<>();
    private final IndexedTranscript indexed;
    private final SentenceEncoder encoder;
    private BitSet takeable;
    /** Per stem, the sentences that use it. */
    private final Map<String, int[]> sentencesWith = new HashMap<>();

    Meanings(IndexedTranscript indexed, Collection<Integer> sentences, SentenceEncoder encoder) {
        this.indexed = indexed;
        this.encoder = encoder;
        this.longCallRaise = longCallRaise(indexed.sentences().size());
        include(sentences);
    }

    /** How much higher a margin a call of this many sentences asks of every reading. */
    static double longCallRaise(int sentences) {
        double times = Math.min(LONG_CALL_MOST, (double) sentences / LONG_CALL_SENTENCES);
        return times <= 1 ? 0 : LONG_CALL_RAISE * Math.log(times);
    }

    /** A passage's reading by a behaviour's index. */
    Reading readingOf(Passages.Passage passage, ExampleIndex index) {
        return new Reading(passage, closenessOf(passage.text(), index), index, longCallRaise);
    }

    /** Makes these sentences readable too: the passages of those not read yet run through the model together. */
    void include(Collection<Integer> sentences) {
        Set<String> texts = new LinkedHashSet<>();
        for (int sentence : sentences) {
            if (!passages.containsKey(sentence)) {
                List<Passages.Passage> of = Passages.of(indexed.sentences().get(sentence));
                passages.put(sentence, of);
                of.forEach(p -> texts.add(p.text()));
            }
        }
        encodeMissing(texts);
    }

    /**
     * The closest passage of the sentence; with {@code questionsOnly}, only passages that ask something count. A
     * sentence not included beforehand is included now, on its own.
     */
    Optional<Reading> read(int sentence, ExampleIndex index, boolean questionsOnly) {
        if (!passages.containsKey(sentence)) {
            include(List.of(sentence));
        }
        Reading best = null;
        for (Passages.Passage passage : passages.get(sentence)) {
            if (questionsOnly && !passage.question()) {
                continue;
            }
            ExampleIndex.Closeness closeness = read.computeIfAbsent(index, i -> new HashMap<>())
                    .computeIfAbsent(passage.text(), text -> index.closeness(vectors.get(text)));
            Reading reading = new Reading(passage, closeness, index, longCallRaise);
            if (best == null || reading.margin() > best.margin()) {
                best = reading;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How close a piece of a passage (a clause) comes to a behaviour's examples; it runs through the model on its own. */
    ExampleIndex.Closeness closenessOf(String text, ExampleIndex index) {
        encodeMissing(List.of(text));
        return read.computeIfAbsent(index, i -> new HashMap<>()).computeIfAbsent(text, t -> index.closeness(vectors.get(t)));
    }

    /**
     * Readies what {@link #closestEarlierProspectSentence} will need for these sentences: their own vectors and their
     * candidates' (below), in one run of the model, which runs a few sentences at a time much slower per sentence.
     */
    void expectEchoes(Collection<Integer> sentences) {
        Set<String> texts = new LinkedHashSet<>();
        for (int sentence : sentences) {
            texts.add(indexed.sentences().get(sentence).text());
            echoCandidates(sentence).forEach(candidate -> texts.add(indexed.sentences().get(candidate).text()));
        }
        encodeMissing(texts);
    }

    /**
     * The prospect's sentence before this one that it comes closest to in meaning, of those it shares a distinctive
     * word with: taking up what someone said repeats at least one of their words that the call does not use all the
     * time ("the renewals" after "the pain is renewals"), and comparing only those spares the model most of the
     * prospect's sentences.
     */
    Optional<Echo> closestEarlierProspectSentence(int sentence) {
        SortedSet<Integer> candidates = echoCandidates(sentence);
        List<String> texts = new ArrayList<>();
        texts.add(indexed.sentences().get(sentence).text());
        candidates.forEach(candidate -> texts.add(indexed.sentences().get(candidate).text()));
        encodeMissing(texts);
        float[] own = vectors.get(indexed.sentences().get(sentence).text());
        Echo best = null;
        for (int earlier : candidates) {
            Sentence candidate = indexed.sentences().get(earlier);
            double similarity = SentenceEncoder.similarity(own, vectors.get(candidate.text()));
            if (best == null || similarity > best.similarity()) {
                best = new Echo(candidate, similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The earlier prospect sentences that say enough and share a distinctive word with this one, in order. */
    private SortedSet<Integer> echoCandidates(int sentence) {
        int distinctiveWithin = Math.max(ALWAYS_DISTINCTIVE, (int) (DISTINCTIVE_SHARE * indexed.sentences().size()));
        SortedSet<Integer> candidates = new TreeSet<>();
        for (String stem : indexed.sentences().get(sentence).stems()) {
            int[] with = sentencesWith.computeIfAbsent(stem, indexed::sentencesWith);
            if (with.length > distinctiveWithin) {
                continue;
            }
            for (int other : with) {
                if (other >= sentence) {
                    break;
                }
                if (takeable().get(other)) {
                    candidates.add(other);
                }
            }
        }
        return candidates;
    }

    /** Readies texts that {@link #closenessOf} will be asked about: those not encoded yet run through the model together. */
    void expect(Collection<String> texts) {
        encodeMissing(texts);
    }

    /** Runs the texts not encoded yet through the model, together. */
    private void encodeMissing(Collection<String> texts) {
        List<String> unique = texts.stream().distinct().filter(text -> !vectors.containsKey(text)).toList();
        if (unique.isEmpty()) {
            return;
        }
        List<float[]> encoded = encoder.encode(unique);
        for (int i = 0; i < unique.size(); i++) {
            vectors.put(unique.get(i), encoded.get(i));
        }
    }

    /** Whether some speaker of the call is known as the prospect. */
    boolean prospectKnown() {
        return indexed.sentences().stream().anyMatch(sentence -> sentence.role() == Role.PROSPECT);
    }

    /** The prospect's sentences that say enough to be taken up. */
    private BitSet takeable() {
        if (takeable == null) {
            takeable = new BitSet(indexed.sentences().size());
            for (int i = 0; i < indexed.sentences().size(); i++) {
                takeable.set(i, takeable(indexed.sentences().get(i)));
            }
        }
        return takeable;
    }

    private static boolean takeable(Sentence sentence) {
        return sentence.role() == Role.PROSPECT && SPACES.split(sentence.text().strip()).length >= MIN_PROSPECT_WORDS;
    }
}
