-- The audit log becomes tamper-evident and append-only.
-- Each new entry carries its place in the chain and a hash over its fields and the previous entry's hash
-- (GET /api/audit/verification walks it); audit_chain_head is the chain's end, locked while an entry is appended.
-- Entries written before this migration have no sequence: they stay readable, outside the chain.
ALTER TABLE audit_entry
    ADD COLUMN sequence BIGINT NULL,
    ADD COLUMN previous_hash CHAR(64) NULL,
    ADD COLUMN entry_hash CHAR(64) NULL,
    ADD UNIQUE KEY uk_audit_sequence (sequence);

CREATE TABLE audit_chain_head (
    id                    TINYINT       NOT NULL,
    last_sequence         BIGINT        NOT NULL,
    last_hash             CHAR(64)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- No one changes or removes an entry, whatever their grants on the table; run the service as a user without the
-- TRIGGER, ALTER and DROP privileges (migrations run as DB_MIGRATION_USER), so it cannot lift this either.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
