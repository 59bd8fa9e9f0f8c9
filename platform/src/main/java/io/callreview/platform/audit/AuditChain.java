package io.callreview.platform.audit;

import io.callreview.platform.audit.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The audit log's hash chain. Appending locks the chain's end (one row), so entries get consecutive sequence numbers
 * in commit order; verifying reads every entry back from the database and recomputes its link.
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
        entry.sequence = ((Number) head[0]).longValue() + 1;
        entry.previousHash = (String) head[1];
        entry.entryHash = hashOf(entry);
        em.createNativeQuery("UPDATE audit_chain_head SET last_sequence = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, entry.sequence).setParameter(2, entry.entryHash).executeUpdate();
    }

    /** Walks the whole chain: the first entry whose link does not hold, if any. */
    @Transactional
    public AuditVerificationView verify() {
        String previous = HashChain.GENESIS;
        long last = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery("SELECT e FROM AuditEntry e WHERE e.sequence > ?1 ORDER BY e.sequence",
                    AuditEntry.class).setParameter(1, last).setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                long expected = last + 1;
                if (entry.sequence != expected) {
                    return AuditVerificationView.broken(last, expected, "entry " + expected + " is missing");
                }
                if (!previous.equals(entry.previousHash)) {
                    return AuditVerificationView.broken(last, expected, "its previous hash is not the hash of entry " + last);
                }
                if (!hashOf(entry).equals(entry.entryHash)) {
                    return AuditVerificationView.broken(last, expected, "its fields no longer match its hash");
                }
                previous = entry.entryHash;
                last = expected;
            }
            em.clear();
            if (page.size() < PAGE) {
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

    /** Over the entry's fields as stored; the details as the JSON they are stored as. */
    private static String hashOf(AuditEntry entry) {
        return hash(entry.previousHash, entry.sequence, entry.occurredAt, entry.actorId, entry.actorRoles, entry.action,
                entry.entityType, entry.entityId, entry.callId,
                entry.details == null ? null : DETAILS.convertToDatabaseColumn(entry.details));
    }

    private static String hash(String previous, long sequence, Instant occurredAt, Object... rest) {
        Object[] fields = new Object[rest.length + 2];
        fields[0] = sequence;
        // whole seconds: a driver that takes MariaDB for an old MySQL stores no fraction, and the hash must survive that
        fields[1] = occurredAt.getEpochSecond();
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return HashChain.link(previous, fields);
    }
}
