package io.callreview.loadtest.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Samples a monotonically growing count (events a consumer has processed, read from its database) at a fixed
 * period, so the rate at which it grew can be measured over the window in which it actually grew.
 */
public final class ProgressSampler implements AutoCloseable {

    public record Sample(long nanos, long value) {
    }

    /** How much the count grew, over how long, from the first to the last change (each end to half a period). */
    public record Window(long events, double seconds) {
        public double perSecond() {
            return seconds <= 0 ? Double.NaN : events / seconds;
        }
    }

    private final Callable<Long> counter;
    private final Duration period;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public ProgressSampler(String name, Callable<Long> counter, Duration period) {
        this.counter = counter;
        this.period = period;
        this.thread = new Thread(this::run, "sampler-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        while (running) {
            long at = System.nanoTime();
            try {
                long value = counter.call();
                synchronized (samples) {
                    samples.add(new Sample(at, value));
                }
            } catch (Exception unavailable) {
                // the database or service may be restarting: the next sample will do
            }
            try {
                Thread.sleep(period.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long latest() {
        synchronized (samples) {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).value();
        }
    }

    /** The growth from {@code baseline} to the last sample, timed from the first growth to the last. */
    public Window window(long baseline) {
        List<Sample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        int first = -1;
        int last = -1;
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).value() > copy.get(i - 1).value() && copy.get(i).value() > baseline) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new Window(0, 0);
        }
        long start = (copy.get(first - 1).nanos() + copy.get(first).nanos()) / 2;
        long end = (copy.get(last - 1).nanos() + copy.get(last).nanos()) / 2;
        long events = copy.get(last).value() - baseline;
        double seconds = Math.max(end - start, period.toNanos()) / 1e9;
        return new Window(events, seconds);
    }

    /** Stops sampling, and closes the counter when it holds a resource (such as a connection). */
    @Override
    public void close() throws Exception {
        running = false;
        thread.interrupt();
        thread.join(5_000);
        if (counter instanceof AutoCloseable resource) {
            resource.close();
        }
    }

    /**
     * The growth after the first {@code skip} events past {@code baseline}: from the sample at which the count had
     * grown by {@code skip} to the last change. Leaves out a cold start (JIT warm-up, connection pools filling).
     */
    public Window windowAfter(long baseline, long skip) {
        List<Sample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        int from = -1;
        int last = -1;
        for (int i = 1; i < copy.size(); i++) {
            if (from < 0 && copy.get(i).value() >= baseline + skip) {
                from = i;
            }
            if (copy.get(i).value() > copy.get(i - 1).value()) {
                last = i;
            }
        }
        if (from < 0 || last <= from) {
            return new Window(0, 0);
        }
        long end = (copy.get(last - 1).nanos() + copy.get(last).nanos()) / 2;
        return new Window(copy.get(last).value() - copy.get(from).value(), (end - copy.get(from).nanos()) / 1e9);
    }

    /** Waits until the count reaches {@code target}; false when {@code timeout} passed first. */
    public boolean awaitAtLeast(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (latest() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
