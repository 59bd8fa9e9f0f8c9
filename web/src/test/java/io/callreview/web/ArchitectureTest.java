package io.callreview.web;

import io.callreview.testsupport.FeatureArchitecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The web app's package map of ARCHITECTURE.md: one package per page family over the API clients and the session. */
class ArchitectureTest {

    @Test
    void featuresAndSharedPiecesKeepTheirRules() {
        FeatureArchitecture.of("io.callreview.web",
                Set.of("signin", "home", "inbox", "calls", "review", "team", "admin", "profile", "settings", "disputes",
                        "calibration", "plans", "training"),
                Set.of("api", "page", "session")).check();
    }
}
