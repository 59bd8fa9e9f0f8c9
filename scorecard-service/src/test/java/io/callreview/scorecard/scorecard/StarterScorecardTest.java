package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter scorecard is installed without going through the API, so it is held to the API's checks here. */
class StarterScorecardTest {

    @Test
    void everyBehaviourPassesTheChecksAnAdminsScorecardMustPass() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(StarterScorecard.behaviours()).hasSize(5).allSatisfy(behaviour ->
                    assertThat(validator.validate(behaviour)).as(behaviour.key()).isEmpty());
        }
    }
}
