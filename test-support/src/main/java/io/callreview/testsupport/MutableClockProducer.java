package io.callreview.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the services' system clock in every test; inject {@link MutableClock} to move it. */
public class MutableClockProducer {

    @Produces
    @Singleton
    @Alternative
    @Priority(100)
    MutableClock clock() {
        return new MutableClock();
    }
}
