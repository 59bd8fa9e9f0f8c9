package io.callreview.coaching.config;

import io.callreview.coaching.rules.CompetenceStages;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.PeerRanking;
import io.callreview.coaching.rules.PhasePath;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure coaching rules, configured once from {@link CoachingConfig}. */
public class RulesProducer {

    @Produces
    @Singleton
    Fsrs fsrs(CoachingConfig config) {
        return config.memory().weights().map(Fsrs::new).orElseGet(Fsrs::withDefaults);
    }

    @Produces
    @Singleton
    CompetenceStages competenceStages(CoachingConfig config) {
        CoachingConfig.Competence c = config.competence();
        return new CompetenceStages(new CompetenceStages.Thresholds(c.recentWindow(), c.minReviews(), c.competentAdherence()));
    }

    @Produces
    @Singleton
    Diagnoses diagnoses(CoachingConfig config) {
        return new Diagnoses(new Diagnoses.Thresholds(config.diagnosis().newRepCalls(), config.diagnosis().almostNeverAdherence()));
    }

    @Produces
    @Singleton
    PeerRanking peerRanking(CoachingConfig config) {
        return new PeerRanking(config.diagnosis().mentorMinAdherence(), config.diagnosis().mentorMinCalls());
    }

    @Produces
    @Singleton
    PhasePath phasePath() {
        return new PhasePath();
    }
}
