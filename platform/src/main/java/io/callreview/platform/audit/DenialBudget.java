package io.callreview.platform.audit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many denied requests of one caller are written to the audit log per minute. A caller whose token is valid but
 * who keeps asking for what they may not have (a script gone wrong, or someone probing) would otherwise add an entry to
 * the hash chain per request; past the budget the refusals still stand, and one entry says that more were not recorded.
 */
@Singleton
class DenialBudget {

    enum Decision { RECORD, RECORD_LAST, SKIP }

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Past this many callers seen in a window, windows that are over are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private record Window(long startMillis, int denials) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    DenialBudget(@ConfigProperty(name = "callreview.audit.denials-per-minute", defaultValue = "20") int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one denial per minute must be recorded");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether this denial of {@code actorId} is recorded, recorded as the last of its minute, or only refused. */
    Decision next(String actorId) {
        long now = clock.millis();
        Window window = windows.compute(actorId, (id, current) -> current == null || now - current.startMillis() >= WINDOW.toMillis()
                ? new Window(now, 1)
                : new Window(current.startMillis(), current.denials() + 1));
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> now - w.startMillis() >= WINDOW.toMillis());
        }
        if (window.denials() < perMinute) {
            return Decision.RECORD;
        }
        return window.denials() == perMinute ? Decision.RECORD_LAST : Decision.SKIP;
    }
}
