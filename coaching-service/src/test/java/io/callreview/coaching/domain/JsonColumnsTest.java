package io.callreview.coaching.domain;

import io.callreview.coaching.nudge.ScheduledNudge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static io.callreview.testsupport.HibernateMappings.valuesMutable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * coaching-service's JSON columns are only ever replaced whole, so Hibernate keeps no deep copy of them (made through
 * JSON) for dirty checking: a scored call loads guides, training units and pending nudges with such columns.
 */
@QuarkusTest
class JsonColumnsTest {

    @Inject
    EntityManager em;

    @Test
    void jsonColumnsAreImmutableToHibernate() {
        assertThat(valuesMutable(em, BehaviourGuide.class, "examples")).isFalse();
        assertThat(valuesMutable(em, CoachingPlan.class, "focusBehaviours")).isFalse();
        assertThat(valuesMutable(em, TrainingUnit.class, "guidancePoints")).isFalse();
        assertThat(valuesMutable(em, TrainingUnit.class, "examples")).isFalse();
        assertThat(valuesMutable(em, TrainingUnit.class, "peerMoments")).isFalse();
        assertThat(valuesMutable(em, ScheduledNudge.class, "actions")).isFalse();
    }
}
