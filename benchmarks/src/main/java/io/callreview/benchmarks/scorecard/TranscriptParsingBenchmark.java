package io.callreview.benchmarks.scorecard;

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

/** Parsing a 90-minute, ~15,000-word transcript: Zoom WebVTT and plain text, with speaker roles mapped. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TranscriptParsingBenchmark {

    @Param({"15000"})
    public int words;

    private String vtt;
    private String text;
    private int actualWords;

    @Setup
    public void generate() {
        List<RealisticCall.Line> lines = RealisticCall.lines(words, 90, 42);
        vtt = RealisticCall.webVtt(lines);
        text = RealisticCall.plainText(lines);
        actualWords = TranscriptParser.fromText(text, RealisticCall.PARTICIPANTS, 90 * 60_000L).wordCount();
    }

    @Benchmark
    public Transcript parseWebVtt(WordCounter counter) {
        counter.words += actualWords;
        return TranscriptParser.fromWebVtt(vtt, RealisticCall.PARTICIPANTS);
    }

    @Benchmark
    public Transcript parsePlainText(WordCounter counter) {
        counter.words += actualWords;
        return TranscriptParser.fromText(text, RealisticCall.PARTICIPANTS, 90 * 60_000L);
    }
}
