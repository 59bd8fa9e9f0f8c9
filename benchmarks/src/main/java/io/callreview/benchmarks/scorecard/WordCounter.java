package io.callreview.benchmarks.scorecard;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts the transcript words processed: in throughput mode JMH reports them as words per second (the {@code :words} line). */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WordCounter {

    public long words;

    @Setup(Level.Iteration)
    public void reset() {
        words = 0;
    }
}
