package io.callreview.loadtest.scale;

import io.callreview.loadtest.bench.ProcessMemory;
import java.time.Duration;

/** Samples a process's resident memory in the background and keeps the highest value seen. */
final class RssSampler implements AutoCloseable {

    private final Thread thread;
    private volatile double peak;
    private volatile boolean stopped;

    RssSampler(long pid, Duration every) {
        peak = ProcessMemory.rssMiB(pid);
        thread = new Thread(() -> {
            while (!stopped) {
                peak = Math.max(peak, ProcessMemory.rssMiB(pid));
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    double peakMiB() {
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
    }
}
