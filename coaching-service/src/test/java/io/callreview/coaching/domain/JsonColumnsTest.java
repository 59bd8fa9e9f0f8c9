package io.callreview.coaching.domain;

import io.callreview.coaching.nudge.ScheduledNudge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

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
        assertThat(mutable(BehaviourGuide.class, "examples")).isFalse();
        assertThat(mutable(CoachingPlan.class, "focusBehaviours")).isFalse();
        assertThat(mutable(TrainingUnit.class, "guidancePoints")).isFalse();
        assertThat(mutable(TrainingUnit.class, "examples")).isFalse();
        assertThat(mutable(TrainingUnit.class, "peerMoments")).isFalse();
        assertThat(mutable(ScheduledNudge.class, "actions")).isFalse();
    }

    private boolean mutable(Class<?> entity, String attribute) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entity).findAttributeMapping(attribute).getAttributeMetadata().getMutabilityPlan().isMutable();
    }
}
