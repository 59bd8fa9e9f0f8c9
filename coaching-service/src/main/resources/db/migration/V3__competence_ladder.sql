-- The competence ladder both ways: whether a behaviour is shown consistently is kept apart from the stage, because
-- only conscious competence shown consistently retires routine nudges.
ALTER TABLE skill_state
    ADD COLUMN consistent BOOLEAN NOT NULL DEFAULT FALSE AFTER stage_basis;

-- Reflections ("what made it work?") are answered with a choice among the behaviour's guidance points and/or free
-- text; quizzes with a choice, graded against the answer key when the answer arrives.
ALTER TABLE rep_response
    ADD COLUMN choice      VARCHAR(300)  NULL AFTER self_assessment,
    ADD COLUMN answer_text VARCHAR(1000) NULL AFTER choice,
    ADD COLUMN grade       VARCHAR(10)   NULL AFTER answer_text;

-- What a nudge asks the rep, one row per question: which behaviour it is about (a post-call nudge may ask about its
-- strength while its focus is another behaviour), the concrete item it offers, and a quiz's answer key, which never
-- leaves this service.
CREATE TABLE nudge_prompt (
    nudge_id           CHAR(36)      NOT NULL,
    action_type        VARCHAR(20)   NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    behaviour_key      VARCHAR(64)   NOT NULL,
    item_id            VARCHAR(200)  NULL,
    answer_key         VARCHAR(300)  NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (nudge_id, action_type),
    KEY idx_prompt_rep (rep_id, behaviour_key, action_type, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The scorecard's words for a behaviour (question, guidance, examples) as the latest scored call of the team and call
-- type carried them: what reflections, training units and quizzes are built from.
CREATE TABLE behaviour_guide (
    team_id            VARCHAR(200)  NOT NULL,
    call_type          VARCHAR(64)   NOT NULL,
    behaviour_key      VARCHAR(64)   NOT NULL,
    question           VARCHAR(300)  NOT NULL,
    guidance           VARCHAR(2000) NULL,
    examples           LONGTEXT      NOT NULL,
    call_started_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (team_id, call_type, behaviour_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
