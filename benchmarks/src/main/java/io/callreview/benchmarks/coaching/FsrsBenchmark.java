package io.callreview.benchmarks.coaching;

import io.callreview.coaching.rules.Fsrs;
import java.util.Random;
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
 * The FSRS-6 memory update: one review, and replaying a rep's whole history of one behaviour, which is what
 * coaching-service does when a call's score is revised (it recomputes the skill state from the stored verdicts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FsrsBenchmark {

    @Param({"200"})
    public int historyLength;

    private final Fsrs fsrs = Fsrs.withDefaults();
    private Fsrs.Grade[] grades;
    private double[] gapsInDays;
    private Fsrs.MemoryState state;

    @Setup
    public void history() {
        Random random = new Random(7);
        grades = new Fsrs.Grade[historyLength];
        gapsInDays = new double[historyLength];
        for (int i = 0; i < historyLength; i++) {
            grades[i] = random.nextDouble() < 0.65 ? Fsrs.Grade.GOOD : Fsrs.Grade.AGAIN;
            gapsInDays[i] = random.nextInt(8);
        }
        state = fsrs.review(null, 0, Fsrs.Grade.GOOD);
    }

    @Benchmark
    public Fsrs.MemoryState oneReview() {
        return fsrs.review(state, 3, Fsrs.Grade.AGAIN);
    }

    @Benchmark
    public double replayHistoryAndPredict() {
        Fsrs.MemoryState memory = null;
        for (int i = 0; i < grades.length; i++) {
            memory = fsrs.review(memory, gapsInDays[i], grades[i]);
        }
        return fsrs.intervalDays(memory.stability(), 0.9) + fsrs.retrievability(5, memory.stability());
    }
}
