-- Suggested examples and counter-examples for a behaviour's detection rule, taken from coaches' overrides: a moment a
-- coach pinned where the grader missed the behaviour, or a quote the grader wrongly counted. An admin accepts them
-- into the next draft of the scorecard, or rejects them.

CREATE TABLE example_suggestion (
    id                    CHAR(36)      NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    text                  VARCHAR(300)  NOT NULL,
    call_id               CHAR(36)      NOT NULL,
    review_id             CHAR(36)      NOT NULL,
    at_ms                 BIGINT        NOT NULL,
    scorecard_version     INT           NOT NULL,
    coach_id              VARCHAR(200)  NOT NULL,
    reason                VARCHAR(2000) NULL,
    status                VARCHAR(20)   NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    decided_by            VARCHAR(200)  NULL,
    decided_at            TIMESTAMP(6)  NULL,
    draft_version         INT           NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_suggestion_source (review_id, behaviour_key, kind, at_ms),
    KEY idx_suggestion_type_status (call_type_id, status, created_at),
    CONSTRAINT fk_suggestion_type FOREIGN KEY (call_type_id) REFERENCES call_type (id),
    CONSTRAINT fk_suggestion_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
