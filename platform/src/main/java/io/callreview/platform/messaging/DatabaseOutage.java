package io.callreview.platform.messaging;

import io.callreview.platform.problem.DatabaseFailures;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How every event consumer treats an unreachable database: it waits for it instead of giving up. A good event must
 * not go to the dead-letter topic because of an outage; its record stays unacknowledged meanwhile, so a restart
 * redelivers it (the channels' age limit for an unacknowledged record, half an hour in platform's configuration, ends
 * the wait by failing the channel, which the liveness check reports). Any other failure is thrown at once, to the
 * consumer's own retries and then its dead-letter topic. On shutdown the wait ends with the failure, and the record is
 * redelivered after the restart.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    private final Duration firstWait;
    private final Duration longestWait;
    private volatile boolean stopping;

    public DatabaseOutage() {
        this(Duration.ofMillis(500), Duration.ofSeconds(15));
    }

    DatabaseOutage(Duration firstWait, Duration longestWait) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Runs {@code work} until it gets past the database, waiting longer each time (up to 15 s) while it is unreachable. */
    public <T> T waitOut(String what, Supplier<T> work) {
        Duration wait = firstWait;
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (stopping || !DatabaseFailures.isUnavailable(e)) {
                    throw e;
                }
                LOG.warnf("database unreachable while %s; trying again in %d ms", what, wait.toMillis());
                sleep(wait, e);
                wait = wait.multipliedBy(2).compareTo(longestWait) > 0 ? longestWait : wait.multipliedBy(2);
            }
        }
    }

    public void waitOut(String what, Runnable work) {
        waitOut(what, () -> {
            work.run();
            return null;
        });
    }

    private static void sleep(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }
}
