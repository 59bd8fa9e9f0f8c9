package io.callreview.testsupport;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** What Hibernate made of an entity's mapping, for tests that check a mapping choice took effect. */
public final class HibernateMappings {

    private HibernateMappings() {
    }

    /** Whether Hibernate takes the attribute's values for mutable, and so keeps a deep copy of each for dirty checking. */
    public static boolean valuesMutable(EntityManager em, Class<?> entity, String attribute) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entity).findAttributeMapping(attribute).getAttributeMetadata().getMutabilityPlan().isMutable();
    }
}
