package io.callreview.sim;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.config.RulesProducer;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.FocusChoice;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.SkillDerivation;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * coaching-service's rules, configured as the service configures them ({@link RulesProducer}) from its
 * {@link CoachingConfig} mapping with its own defaults; system properties such as {@code -Dcoaching.nudges.daily-cap=2}
 * override them, as they do in the service.
 */
public record SuiteRules(CoachingConfig config, SkillDerivation derivation, FocusChoice focus, NudgeRules nudges,
                         Diagnoses diagnoses) {

    public static SuiteRules fromConfig() {
        SmallRyeConfig smallRye = new SmallRyeConfigBuilder()
                .addSystemSources()
                .withMapping(CoachingConfig.class)
                .build();
        return of(smallRye.getConfigMapping(CoachingConfig.class));
    }

    public static SuiteRules of(CoachingConfig config) {
        Fsrs fsrs = RulesProducer.fsrs(config);
        return new SuiteRules(config, RulesProducer.skillDerivation(fsrs, RulesProducer.competenceStages(config), config),
                RulesProducer.focusChoice(config), RulesProducer.nudgeRules(config, fsrs), RulesProducer.diagnoses(config));
    }
}
