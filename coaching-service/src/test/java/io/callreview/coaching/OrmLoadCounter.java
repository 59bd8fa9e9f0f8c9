package io.callreview.coaching;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/** Tells {@link OrmWork} of every entity Hibernate loads from a result; nothing is changed. */
@PersistenceUnitExtension
@ApplicationScoped
public class OrmLoadCounter implements Interceptor {

    @Override
    public boolean onLoad(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        OrmWork.loaded(entity);
        return false;
    }
}
