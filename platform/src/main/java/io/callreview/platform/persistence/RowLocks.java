package io.callreview.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * Pessimistic row locks that hold until the transaction ends, for serialising changes to one aggregate (a call's
 * revisions, a review, a rep). Written as native SQL because Hibernate's MySQL 8 form {@code FOR UPDATE OF alias}
 * is not understood by MariaDB; the table and id column come from the entity's mapping.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the entity's row and reloads it, so that what the caller reads next is what it holds the lock on. */
    public static <T> T lock(EntityManager em, T entity) {
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        lock(em, entity.getClass(), id);
        em.refresh(entity);
        return entity;
    }

    /** Locks the row of {@code type} with this id; the row must exist. */
    public static void lock(EntityManager em, Class<?> type, Object id) {
        if (em.createNativeQuery(select(em, type) + " FOR UPDATE").setParameter(1, id).getResultList().isEmpty()) {
            throw new IllegalStateException("no " + type.getSimpleName() + " " + id + " to lock");
        }
    }

    /**
     * The entity with this id, read by the locking query itself (so it sees a row another transaction committed while
     * this one waited for the lock, which a snapshot read would not); null when there is no such row.
     */
    public static <T> T lockIfPresent(EntityManager em, Class<T> type, Object id) {
        return lockedRow(em, type, id, " FOR UPDATE");
    }

    /**
     * The entity with this id, read by a query that locks its row unless another transaction holds it; empty when
     * there is no such row or someone else has it ("try later").
     */
    public static <T> Optional<T> tryLock(EntityManager em, Class<T> type, Object id) {
        return Optional.ofNullable(lockedRow(em, type, id, " FOR UPDATE SKIP LOCKED"));
    }

    /**
     * A native query hands back the instance the session already holds without taking the row's values, so an entity
     * the session loaded before the lock is refreshed: it must show the row as locked, not as read earlier.
     */
    private static <T> T lockedRow(EntityManager em, Class<T> type, Object id, String lockClause) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        boolean heldBefore = session.getPersistenceContextInternal().containsEntity(session.generateEntityKey(id, persister(em, type)));
        List<?> rows = em.createNativeQuery(selectAll(em, type) + lockClause, type).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        T entity = type.cast(rows.get(0));
        if (heldBefore) {
            em.refresh(entity);
        }
        return entity;
    }

    private static String selectAll(EntityManager em, Class<?> type) {
        AbstractEntityPersister persister = persister(em, type);
        String id = persister.getIdentifierColumnNames()[0];
        return "SELECT * FROM " + persister.getTableName() + " WHERE " + id + " = ?1";
    }

    private static AbstractEntityPersister persister(EntityManager em, Class<?> type) {
        return (AbstractEntityPersister) em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(type);
    }

    private static String select(EntityManager em, Class<?> type) {
        AbstractEntityPersister persister = persister(em, type);
        String id = persister.getIdentifierColumnNames()[0];
        return "SELECT " + id + " FROM " + persister.getTableName() + " WHERE " + id + " = ?1";
    }
}
