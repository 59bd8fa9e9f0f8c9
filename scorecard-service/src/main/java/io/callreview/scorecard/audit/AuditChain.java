package io.callreview.scorecard.audit;

import io.callreview.platform.audit.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The audit log's hash chain. Appending locks the chain's end (one row), so entries get consecutive sequence numbers
 * in commit order; verifying recomputes every link from the stored columns, as they are in the database.
 */
@ApplicationScoped
public class AuditChain {

    private static final int PAGE = 1_000;
    private static final AuditEntry.DetailsColumn DETAILS = new AuditEntry.DetailsColumn();

    @Inject
    EntityManager em;

    /** Gives {@code entry} its sequence and hashes; the caller persists it in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void link(AuditEntry entry) {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        entry.occurredAt = entry.occurredAt.truncatedTo(ChronoUnit.MICROS);
        entry.sequence = ((Number) head[0]).longValue() + 1;
        entry.previousHash = (String) head[1];
        entry.entryHash = hash(entry.previousHash, entry.sequence, entry.occurredAt, entry.actorId, entry.actorRoles,
                entry.action.name(), entry.entityType, entry.entityId, entry.callId,
                entry.details == null ? null : DETAILS.convertToDatabaseColumn(entry.details));
        em.createNativeQuery("UPDATE audit_chain_head SET last_sequence = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, entry.sequence).setParameter(2, entry.entryHash).executeUpdate();
    }

    /** Walks the whole chain: the first entry whose link does not hold, if any. */
    @Transactional
    public AuditVerificationView verify() {
        String previous = HashChain.GENESIS;
        long expected = 1;
        long last = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT sequence, occurred_at, actor_id, actor_roles, action, entity_type,"
                            + " entity_id, call_id, details, previous_hash, entry_hash FROM audit_entry"
                            + " WHERE sequence > ?1 ORDER BY sequence LIMIT " + PAGE)
                    .setParameter(1, last).getResultList();
            for (Object[] row : rows) {
                long sequence = ((Number) row[0]).longValue();
                if (sequence != expected) {
                    return AuditVerificationView.broken(expected - 1, expected, "entry " + expected + " is missing");
                }
                if (!previous.equals(row[9])) {
                    return AuditVerificationView.broken(expected - 1, sequence, "its previous hash is not the hash of entry " + (sequence - 1));
                }
                String recomputed = hash(previous, sequence, storedInstant(row[1]), row[2], row[3], row[4], row[5],
                        row[6], row[7], row[8]);
                if (!recomputed.equals(row[10])) {
                    return AuditVerificationView.broken(expected - 1, sequence, "its fields no longer match its hash");
                }
                previous = recomputed;
                expected++;
                last = sequence;
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        if (((Number) head[0]).longValue() != last || !previous.equals(head[1])) {
            return AuditVerificationView.broken(last, last + 1, "the chain ends at entry " + last + " but its head records entry "
                    + head[0] + ": entries were removed from the end");
        }
        return AuditVerificationView.intact(last);
    }

    /** occurred_at as Hibernate wrote it: the wall-clock time in UTC ({@code quarkus.hibernate-orm.jdbc.timezone}). */
    private static Instant storedInstant(Object column) {
        LocalDateTime wallClock = column instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) column;
        return wallClock.toInstant(ZoneOffset.UTC);
    }

    private static String hash(String previous, long sequence, Instant occurredAt, Object... rest) {
        Object[] fields = new Object[rest.length + 2];
        fields[0] = sequence;
        fields[1] = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return HashChain.link(previous, fields);
    }
}
