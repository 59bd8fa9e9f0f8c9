-- notification-service's audit log (the shared io.callreview.platform.audit entity): who changed a rep's
-- preferences (channels, addresses, hours), which admin retried a delivery, and who was refused, each written in the
-- transaction of its change.
-- Tamper-evident: each entry's hash covers its fields and the previous entry's hash (GET /api/audit/verification
-- walks it); audit_chain_head is the chain's end, locked while an entry is appended.
CREATE TABLE audit_entry (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at           TIMESTAMP(6)  NOT NULL,
    actor_id              VARCHAR(200)  NULL,
    actor_roles           VARCHAR(200)  NULL,
    action                VARCHAR(60)   NOT NULL,
    entity_type           VARCHAR(40)   NOT NULL,
    entity_id             VARCHAR(200)  NOT NULL,
    call_id               CHAR(36)      NULL,
    details               LONGTEXT      NULL,
    sequence              BIGINT        NOT NULL,
    previous_hash         CHAR(64)      NOT NULL,
    entry_hash            CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_audit_sequence (sequence),
    KEY idx_audit_entity (entity_type, entity_id, id),
    KEY idx_audit_actor (actor_id, id),
    KEY idx_audit_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id                    TINYINT       NOT NULL,
    last_sequence         BIGINT        NOT NULL,
    last_hash             CHAR(64)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- No one changes or removes an entry, whatever their grants on the table; the service runs as a user without the
-- TRIGGER, ALTER and DROP privileges (migrations run as DB_MIGRATION_USER), so it cannot lift this either.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
