package io.callreview.scorecard;

import io.callreview.testsupport.FeatureArchitecture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package map of ARCHITECTURE.md, kept: features, the shared pieces below them, and the rules between them. */
class ArchitectureTest {

    @Test
    void featuresAndSharedPiecesKeepTheirRules() {
        FeatureArchitecture.of("io.callreview.scorecard",
                Set.of("calltype", "scorecard", "suggestion", "call", "scheduledcall", "review", "dispute", "calibration", "analytics",
                        "audit", "roster", "recording", "moment"),
                Set.of("domain", "scoring", "grading", "transcript", "statistics", "access", "support", "download", "audio", "speech")).check();
    }
}
