package io.callreview.benchmarks.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.grading.Grade;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.grading.GradingSettings;
import io.callreview.scorecard.grading.OnnxSentenceEncoder;
import io.callreview.scorecard.grading.TextAnalysis;
import io.callreview.scorecard.scorecard.StarterScorecard;
import io.callreview.scorecard.transcript.Transcript;
import io.callreview.scorecard.transcript.TranscriptParser;
import java.util.ArrayList;
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
 * Grading a whole call against the starter scorecard (five behaviours, each recognised by meaning from its examples)
 * with the semantic grader: the sentence embeddings of every rep passage that some behaviour's window and speaker can
 * use, in one batch, then the comparisons. The examples' vectors are computed once per scorecard and cached, as in
 * the service. {@code keywords} grades the same call by phrases only, for the cost of meaning beside it.
 * {@code call}: the 40-minute, 5,500-word call and the 90-minute, 15,000-word one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SemanticGradingBenchmark {

    @Param({"40min-5500words", "90min-15000words"})
    public String call;

    private final Grader semantic = new Grader(TextAnalysis.withDefaultConcepts(), GradingSettings.DEFAULTS, OnnxSentenceEncoder.load());
    private final Grader keywords = new Grader(TextAnalysis.withDefaultConcepts(), GradingSettings.DEFAULTS);
    private final List<Behaviour> behaviours = StarterScorecard.behaviours();
    private Transcript transcript;
    private long durationMs;
    private int actualWords;

    @Setup
    public void generate() {
        int minutes = Integer.parseInt(call.substring(0, call.indexOf("min")));
        int words = Integer.parseInt(call.substring(call.indexOf('-') + 1, call.indexOf("words")));
        durationMs = minutes * 60_000L;
        transcript = TranscriptParser.fromWebVtt(RealisticCall.webVtt(distinct(RealisticCall.lines(words, minutes, 42))),
                RealisticCall.PARTICIPANTS);
        actualWords = transcript.wordCount();
        Grade sample = semantic.grade(transcript, behaviours, durationMs);
        if (sample.behaviours().size() != behaviours.size()) {
            throw new IllegalStateException("expected " + behaviours.size() + " graded behaviours");
        }
    }

    /**
     * The generated call repeats a small pool of sentences, which the grader would embed only once each: number them,
     * so that every utterance is new text as in a real call.
     */
    private static List<RealisticCall.Line> distinct(List<RealisticCall.Line> lines) {
        List<RealisticCall.Line> numbered = new ArrayList<>(lines.size());
        int sentence = 0;
        for (RealisticCall.Line line : lines) {
            StringBuilder text = new StringBuilder();
            for (String part : line.text().split("(?<=[.?!])\\s+")) {
                text.append(text.isEmpty() ? "" : " ").append("Point ").append(sentence++).append(", ").append(part);
            }
            numbered.add(new RealisticCall.Line(line.speaker(), line.startMs(), line.endMs(), text.toString()));
        }
        return numbered;
    }

    @Benchmark
    public Grade semantic(WordCounter counter) {
        counter.words += actualWords;
        return semantic.grade(transcript, behaviours, durationMs);
    }

    @Benchmark
    public Grade keywords(WordCounter counter) {
        counter.words += actualWords;
        return keywords.grade(transcript, behaviours, durationMs);
    }
}
