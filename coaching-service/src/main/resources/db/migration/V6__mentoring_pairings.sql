-- Mentoring as an action: a rep who needs mentoring at a behaviour is paired with a teammate who is consciously
-- competent and consistent at it; both are told, and either side records that they met. A mentor is asked at most a
-- set number of times a week, counted from paired_at.
CREATE TABLE mentoring_pairing (
    id                 CHAR(36)      NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    mentor_id          VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NOT NULL,
    behaviour_key      VARCHAR(64)   NOT NULL,
    call_type          VARCHAR(64)   NOT NULL,
    question           VARCHAR(300)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    example_call_id    VARCHAR(200)  NULL,
    example_at_ms      BIGINT        NULL,
    example_quote      VARCHAR(2000) NULL,
    paired_at          TIMESTAMP(6)  NOT NULL,
    met_at             TIMESTAMP(6)  NULL,
    met_recorded_by    VARCHAR(200)  NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_mentoring_rep (rep_id, behaviour_key, status),
    KEY idx_mentoring_mentor (mentor_id, paired_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
