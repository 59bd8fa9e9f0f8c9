package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * When the sentence model runs for a call: the rep's sentences at once; the prospect's only when a behaviour asks which
 * of them a sentence takes up, and then only those that share a distinctive word with it.
 */
class MeaningsTest {

    private static final String PAIN = "Our dispatchers rebuild every morning route by hand.";
    private static final String LATER_PAIN = "Our new hires take weeks to learn the ticketing system.";
    private static final String OFF_TOPIC = "Ohio has cold winters.";

    /** Words hashed into a small vector: the same words, the same vector; what matters here is which texts it gets. */
    private static final class RecordingEncoder implements SentenceEncoder {

        final List<List<String>> runs = new ArrayList<>();

        @Override
        public List<float[]> encode(List<String> sentences) {
            runs.add(List.copyOf(sentences));
            return sentences.stream().map(RecordingEncoder::vector).toList();
        }

        private static float[] vector(String text) {
            float[] vector = new float[64];
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                vector[Math.floorMod(word.hashCode(), vector.length)] += 1;
            }
            double norm = 0;
            for (float value : vector) {
                norm += value * value;
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
            return vector;
        }
    }

    private static IndexedTranscript call() {
        List<Segment> segments = List.of(
                new Segment("Paul Prospect", 0, 5_000, PAIN, Role.PROSPECT),
                new Segment("Rita Rep", 6_000, 10_000, "The planner rebuilds every morning route for your dispatchers.", Role.REP),
                new Segment("Paul Prospect", 11_000, 15_000, OFF_TOPIC, Role.PROSPECT),
                new Segment("Rita Rep", 16_000, 20_000, "So your new hires take weeks to learn the ticketing system?", Role.REP),
                new Segment("Paul Prospect", 21_000, 25_000, LATER_PAIN, Role.PROSPECT),
                new Segment("Rita Rep", 26_000, 30_000, "Training happens inside the tool, so new hires learn it in days.", Role.REP));
        return new IndexedTranscript(new Transcript(segments, false), TextAnalysis.withDefaultConcepts());
    }

    @Test
    void theRepsSentencesRunTogetherAndNoProspectSentenceUnlessABehaviourAsks() {
        RecordingEncoder encoder = new RecordingEncoder();

        new Meanings(call(), List.of(1, 3, 5), encoder);

        assertThat(encoder.runs).hasSize(1);
        assertThat(encoder.runs.get(0)).hasSize(3).doesNotContain(PAIN, LATER_PAIN);
    }

    @Test
    void aSentenceNotIncludedBeforehandIsReadOnItsOwnWhenAsked() {
        RecordingEncoder encoder = new RecordingEncoder();
        ExampleIndex examples = new ExampleIndex(List.of("Do your new hires take long to learn the system?"), List.of(), List.of(),
                OrdinaryTalk.load(encoder), encoder);
        int before = encoder.runs.size();
        Meanings meanings = new Meanings(call(), List.of(1), encoder);

        assertThat(meanings.read(3, examples, true)).isPresent();
        assertThat(encoder.runs.subList(before, encoder.runs.size())).containsExactly(
                List.of("The planner rebuilds every morning route for your dispatchers."),
                List.of("So your new hires take weeks to learn the ticketing system?"));
    }

    @Test
    void theEchoesExpectedRunTogetherOnceAndOnlyProspectSentencesSharingAWordWithTheAskingOnes() {
        RecordingEncoder encoder = new RecordingEncoder();
        Meanings meanings = new Meanings(call(), List.of(1, 3, 5), encoder);

        meanings.expectEchoes(List.of(1, 5));
        Meanings.Echo first = meanings.closestEarlierProspectSentence(1).orElseThrow();
        Meanings.Echo second = meanings.closestEarlierProspectSentence(5).orElseThrow();

        assertThat(encoder.runs).hasSize(2);
        assertThat(encoder.runs.get(1)).containsExactly(PAIN, LATER_PAIN);
        assertThat(first.prospectSentence().text()).isEqualTo(PAIN);
        assertThat(second.prospectSentence().text()).isEqualTo(LATER_PAIN);
    }

    @Test
    void onlyWhatTheProspectSaidBeforeCountsAndAnAskNotExpectedStillGetsItsAnswer() {
        RecordingEncoder encoder = new RecordingEncoder();
        Meanings meanings = new Meanings(call(), List.of(1, 3, 5), encoder);

        Optional<Meanings.Echo> beforeTheProspectSaidIt = meanings.closestEarlierProspectSentence(3);
        Meanings.Echo afterwards = meanings.closestEarlierProspectSentence(5).orElseThrow();

        assertThat(beforeTheProspectSaidIt).as("nearly the same words, but said after").isEmpty();
        assertThat(afterwards.prospectSentence().text()).isEqualTo(LATER_PAIN);
        assertThat(encoder.runs).hasSize(2);
        assertThat(encoder.runs.get(1)).containsExactly(LATER_PAIN);
    }

    @Test
    void aWordTheCallUsesEverywhereDoesNotMakeASentenceACandidate() {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment("Paul Prospect", 0, 1_000, "The weather was nice today.", Role.PROSPECT));
        for (int i = 1; i <= 9; i++) {
            segments.add(new Segment("Rita Rep", i * 1_000L, i * 1_000L + 900, "The item number " + i + " is on the list.", Role.REP));
        }
        segments.add(new Segment("Rita Rep", 10_000, 11_000, "The pricing covers every seat.", Role.REP));
        IndexedTranscript call = new IndexedTranscript(new Transcript(segments, false), TextAnalysis.withDefaultConcepts());
        RecordingEncoder encoder = new RecordingEncoder();
        Meanings meanings = new Meanings(call, List.of(10), encoder);

        assertThat(meanings.closestEarlierProspectSentence(10)).as("only \"the\" in common, which ten of eleven sentences use").isEmpty();
        assertThat(encoder.runs).hasSize(1);
    }

    @Test
    void aLongCallAsksEveryReadingForMoreThanAShortOneUpToThreeHundredSentences() {
        RecordingEncoder encoder = new RecordingEncoder();
        ExampleIndex examples = new ExampleIndex(List.of("Do your new hires take long to learn the system?"), List.of(), List.of(),
                OrdinaryTalk.load(encoder), encoder);
        Meanings shortCall = new Meanings(call(), List.of(3), encoder);
        Meanings longCall = new Meanings(padded(call(), 200), List.of(3), encoder);

        Meanings.Reading onShortCall = shortCall.read(3, examples, true).orElseThrow();
        Meanings.Reading onLongCall = longCall.read(3, examples, true).orElseThrow();

        assertThat(onLongCall.closeness()).isEqualTo(onShortCall.closeness());
        assertThat(onShortCall.margin()).isEqualTo(onShortCall.closeness().margin());
        assertThat(onLongCall.margin()).isCloseTo(onShortCall.margin() - 0.03 * Math.log(2), within(1e-3));
        assertThat(Meanings.longCallRaise(100)).isZero();
        assertThat(Meanings.longCallRaise(600)).isEqualTo(Meanings.longCallRaise(300)).isCloseTo(0.03 * Math.log(3),
                within(1e-9));
    }

    /** The call with small talk after it, up to this many sentences in all. */
    private static IndexedTranscript padded(IndexedTranscript call, int sentences) {
        List<Segment> segments = new ArrayList<>(call.transcript().segments());
        for (int i = segments.size(); i < sentences; i++) {
            segments.add(new Segment(i % 2 == 0 ? "Paul Prospect" : "Rita Rep", 31_000 + i * 5_000L, 35_000 + i * 5_000L,
                    "Small talk number " + i + " about the weather.", i % 2 == 0 ? Role.PROSPECT : Role.REP));
        }
        return new IndexedTranscript(new Transcript(segments, false), TextAnalysis.withDefaultConcepts());
    }
}
