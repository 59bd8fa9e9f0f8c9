-- Coach reviews: a draft a coach works on, finalised into the next score revision of the call.
-- The revision remembers what the coach marked for the rep: a strength, a focus and moments of the recording.

ALTER TABLE score_revision
    ADD COLUMN strength_behaviour_key VARCHAR(64)  NULL,
    ADD COLUMN focus_behaviour_key    VARCHAR(64)  NULL,
    ADD COLUMN moments                LONGTEXT     NULL,
    ADD COLUMN review_id              CHAR(36)     NULL,
    ADD COLUMN dispute_id             CHAR(36)     NULL;

CREATE TABLE call_review (
    id                    CHAR(36)      NOT NULL,
    call_id               CHAR(36)      NOT NULL,
    coach_id              VARCHAR(200)  NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    started_from          VARCHAR(20)   NOT NULL,
    base_revision         INT           NULL,
    status                VARCHAR(20)   NOT NULL,
    verdicts              LONGTEXT      NOT NULL,
    moments               LONGTEXT      NOT NULL,
    strength_behaviour_key VARCHAR(64)  NULL,
    focus_behaviour_key   VARCHAR(64)   NULL,
    summary               VARCHAR(4000) NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    finalized_at          TIMESTAMP(6)  NULL,
    finalized_revision    INT           NULL,
    PRIMARY KEY (id),
    KEY idx_call_review_call (call_id, status),
    KEY idx_call_review_coach (coach_id, status),
    CONSTRAINT fk_review_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_scorecard FOREIGN KEY (scorecard_version_id) REFERENCES scorecard_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the service inserts and reads, it has no path that updates or deletes a row.
-- Production hardening: REVOKE UPDATE, DELETE ON audit_entry FROM the service's user once migrated.
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
    PRIMARY KEY (id),
    KEY idx_audit_entity (entity_type, entity_id, id),
    KEY idx_audit_call (call_id, id),
    KEY idx_audit_actor (actor_id, id),
    KEY idx_audit_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
