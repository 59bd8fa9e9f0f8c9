-- A rep acknowledges a score revision, or disputes one behaviour's verdict in it. One dispute per revision and
-- behaviour: once resolved (a rejected one is locked) the rep cannot reopen it; a later revision can be disputed anew.

CREATE TABLE score_acknowledgement (
    call_id               CHAR(36)      NOT NULL,
    revision              INT           NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    acknowledged_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (call_id, revision),
    CONSTRAINT fk_ack_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_dispute (
    id                    CHAR(36)      NOT NULL,
    call_id               CHAR(36)      NOT NULL,
    revision              INT           NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    disputed_verdict      VARCHAR(20)   NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    comment               VARCHAR(2000) NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    opened_at             TIMESTAMP(6)  NOT NULL,
    resolved_by           VARCHAR(200)  NULL,
    resolved_at           TIMESTAMP(6)  NULL,
    resolution_reason     VARCHAR(2000) NULL,
    resolved_verdict      VARCHAR(20)   NULL,
    resulting_revision    INT           NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dispute_revision_behaviour (call_id, revision, behaviour_key),
    KEY idx_dispute_team (team_id, status, opened_at),
    KEY idx_dispute_rep (rep_id, opened_at),
    KEY idx_dispute_behaviour (behaviour_key, status),
    CONSTRAINT fk_dispute_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which verdicts of a revision a coach decided: all of a review's, and the disputed one of an accepted dispute
-- (the others are carried over as they were). The grader is measured against these only.
ALTER TABLE behaviour_verdict
    ADD COLUMN coach_decided BOOLEAN NOT NULL DEFAULT FALSE;
