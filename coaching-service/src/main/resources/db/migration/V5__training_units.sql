-- Training as an action: a short unit per rep and behaviour, built from the scorecard's guidance and examples and
-- from teammates' moments (only of teammates who share them), assigned when the rep needs training. The rep marks it
-- done; spaced quizzes follow until enough are answered right in a row.
CREATE TABLE training_unit (
    id                 CHAR(36)      NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NULL,
    behaviour_key      VARCHAR(64)   NOT NULL,
    call_type          VARCHAR(64)   NOT NULL,
    question           VARCHAR(300)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    guidance           VARCHAR(2000) NULL,
    guidance_points    LONGTEXT      NOT NULL,
    examples           LONGTEXT      NOT NULL,
    peer_moments       LONGTEXT      NOT NULL,
    assigned_at        TIMESTAMP(6)  NOT NULL,
    done_at            TIMESTAMP(6)  NULL,
    ended_at           TIMESTAMP(6)  NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_training_rep (rep_id, behaviour_key, status),
    KEY idx_training_team (team_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
