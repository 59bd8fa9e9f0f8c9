package io.callreview.coaching;

import io.callreview.testsupport.FeatureArchitecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package map of ARCHITECTURE.md, kept: features, the shared pieces below them, and the rules between them. */
class ArchitectureTest {

    @Test
    void featuresAndSharedPiecesKeepTheirRules() {
        FeatureArchitecture.of("io.callreview.coaching",
                Set.of("messaging", "nudge", "plan", "profile", "training", "mentoring", "path"),
                Set.of("rep", "skill", "peer", "practice", "domain", "rules", "config", "audit")).check();
    }
}
