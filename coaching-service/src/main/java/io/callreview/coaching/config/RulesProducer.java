package io.callreview.coaching.config;

import io.callreview.coaching.rules.CompetenceStages;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.FocusChoice;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.PeerRanking;
import io.callreview.coaching.rules.PhasePath;
import io.callreview.coaching.rules.SkillDerivation;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The pure coaching rules, configured once from {@link CoachingConfig}. The methods are static so that whatever runs the
 * rules outside the service (the coaching simulator) configures them exactly as the service does.
 */
public class RulesProducer {

    @Produces
    @Singleton
    public static Fsrs fsrs(CoachingConfig config) {
        return config.memory().weights().map(Fsrs::new).orElseGet(Fsrs::withDefaults);
    }

    @Produces
    @Singleton
    public static CompetenceStages competenceStages(CoachingConfig config) {
        CoachingConfig.Competence c = config.competence();
        return new CompetenceStages(new CompetenceStages.Thresholds(c.recentWindow(), c.minReviews(), c.competentAdherence()));
    }

    @Produces
    @Singleton
    public static Diagnoses diagnoses(CoachingConfig config) {
        return new Diagnoses(new Diagnoses.Thresholds(config.diagnosis().newRepCalls(), config.diagnosis().almostNeverAdherence()));
    }

    @Produces
    @Singleton
    public static PeerRanking peerRanking(CoachingConfig config) {
        return new PeerRanking(config.diagnosis().mentorMinAdherence(), config.diagnosis().mentorMinCalls());
    }

    @Produces
    @Singleton
    public static PhasePath phasePath() {
        return new PhasePath();
    }

    @Produces
    @Singleton
    public static SkillDerivation skillDerivation(Fsrs fsrs, CompetenceStages stages, CoachingConfig config) {
        return new SkillDerivation(fsrs, stages, config.competence().recentWindow());
    }

    @Produces
    @Singleton
    public static FocusChoice focusChoice(CoachingConfig config) {
        return new FocusChoice(config.nudges().maxFocusBehaviours(), config.competence().competentAdherence());
    }

    /** When each kind of nudge is due (the nudge planner's). */
    public static NudgeRules nudgeRules(CoachingConfig config, Fsrs fsrs) {
        CoachingConfig.Nudges nudges = config.nudges();
        return new NudgeRules(new NudgeRules.Thresholds(config.memory().targetRetention(), nudges.maxFocusBehaviours(),
                nudges.postCallExpiry(), nudges.reinforcementMinDelay(), nudges.reinforcementExpiry(), nudges.preCallLead()), fsrs);
    }
}
