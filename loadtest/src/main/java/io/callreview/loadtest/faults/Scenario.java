package io.callreview.loadtest.faults;

import io.callreview.loadtest.suite.SuiteUnderTest;
import java.util.Map;

/** One fault against a fresh suite, and the invariant that must hold despite it. */
public interface Scenario {

    /** Short id, used with {@code --only}. */
    String name();

    /** What is done to the suite. */
    String fault();

    /** What must still be true. */
    String invariant();

    /** Extra environment per service for this scenario's suite (service name to variables). */
    default Map<String, Map<String, String>> environment() throws Exception {
        return Map.of();
    }

    Verdict run(SuiteUnderTest suite) throws Exception;

    /** Releases what the scenario started outside the suite (receivers, ...). */
    default void cleanUp() {
    }
}
