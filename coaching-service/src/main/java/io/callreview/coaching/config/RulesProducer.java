package io.callreview.coaching.config;

import io.callreview.coaching.rules.CompetenceStages;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.FocusChoice;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.PeerRanking;
import io.callreview.coaching.rules.SkillDerivation;
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
    SkillDerivation skillDerivation(Fsrs fsrs, CompetenceStages stages, CoachingConfig config) {
        return new SkillDerivation(fsrs, stages, config.competence().recentWindow());
    }

    @Produces
    @Singleton
    FocusChoice focusChoice(CoachingConfig config) {
        return new FocusChoice(config.nudges().maxFocusBehaviours(), config.competence().competentAdherence());
    }
}
