package io.callreview.coaching;

import io.callreview.coaching.nudge.NudgeDispatcher;
import io.callreview.testsupport.MutableClock;
import io.quarkus.scheduler.Scheduler;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For tests that set the clock and count or compare what a step does: the nudge dispatcher's passes would send due
 * nudges at moments of their own, so they are held during each test; the clock and the passes are restored after it.
 */
public abstract class HeldDispatcher {

    @Inject
    protected MutableClock clock;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void holdTheDispatcher() {
        scheduler.pause(NudgeDispatcher.SCHEDULE);
    }

    @AfterEach
    void releaseTheDispatcher() {
        clock.reset();
        scheduler.resume(NudgeDispatcher.SCHEDULE);
    }
}
