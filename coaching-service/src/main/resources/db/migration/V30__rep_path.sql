-- The rep's path per behaviour (the T.M.C plan: training, mentoring, coaching, then sustaining): the phase the rep is in,
-- since when and why, and every move with its reason. Numbered apart from the audit trail's migrations so that either
-- can land first.
CREATE TABLE behaviour_path (
    rep_id        VARCHAR(200)  NOT NULL,
    behaviour_key VARCHAR(64)   NOT NULL,
    phase         VARCHAR(16)   NOT NULL,
    since         TIMESTAMP(6)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (rep_id, behaviour_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE phase_move (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    rep_id        VARCHAR(200)  NOT NULL,
    behaviour_key VARCHAR(64)   NOT NULL,
    from_phase    VARCHAR(16)   NULL,
    to_phase      VARCHAR(16)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    moved_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_phase_move_rep (rep_id, behaviour_key, moved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
