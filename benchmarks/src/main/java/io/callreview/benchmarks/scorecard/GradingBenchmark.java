package io.callreview.benchmarks.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.grading.Grade;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.grading.GradingSettings;
import io.callreview.scorecard.grading.TextAnalysis;
import io.callreview.scorecard.transcript.Transcript;
import io.callreview.scorecard.transcript.TranscriptParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grading a 90-minute, ~15,000-word call against 9 behaviours: sentence splitting, Lucene analysis (tokenising,
 * lower-casing, stemming), the phrase index, concept synonyms, every rule aspect and the conversation metrics.
 * {@code gradeParsed} starts from parsed segments; {@code parseAndGrade} is the whole ingestion path's computing
 * work from the WebVTT text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GradingBenchmark {

    @Param({"15000"})
    public int words;

    private final Grader grader = new Grader(TextAnalysis.withDefaultConcepts(), GradingSettings.DEFAULTS);
    private final List<Behaviour> behaviours = RealisticCall.nineBehaviours();
    private String vtt;
    private Transcript transcript;
    private int actualWords;

    @Setup
    public void generate() {
        vtt = RealisticCall.webVtt(RealisticCall.lines(words, 90, 42));
        transcript = TranscriptParser.fromWebVtt(vtt, RealisticCall.PARTICIPANTS);
        actualWords = transcript.wordCount();
        Grade sample = grader.grade(transcript, behaviours, 90 * 60_000L);
        if (sample.behaviours().size() != 9) {
            throw new IllegalStateException("expected 9 graded behaviours, got " + sample.behaviours().size());
        }
    }

    @Benchmark
    public Grade gradeParsed(WordCounter counter) {
        counter.words += actualWords;
        return grader.grade(transcript, behaviours, 90 * 60_000L);
    }

    @Benchmark
    public Grade parseAndGrade(WordCounter counter) {
        counter.words += actualWords;
        return grader.grade(TranscriptParser.fromWebVtt(vtt, RealisticCall.PARTICIPANTS), behaviours, 90 * 60_000L);
    }
}
