package io.callreview.notification;

import io.callreview.testsupport.FeatureArchitecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package map of ARCHITECTURE.md, kept: features, the shared pieces below them, and the rules between them. */
class ArchitectureTest {

    @Test
    void featuresAndSharedPiecesKeepTheirRules() {
        FeatureArchitecture.of("io.callreview.notification",
                Set.of("intake", "delivery", "inbox", "preferences"),
                Set.of("domain", "access", "config", "audit")).check();
    }
}
