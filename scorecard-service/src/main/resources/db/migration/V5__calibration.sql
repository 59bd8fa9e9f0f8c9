-- Calibration: several coaches score the same calls blind; agreement is reported once the session closes.

CREATE TABLE calibration_session (
    id                    CHAR(36)      NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    behaviour_keys        LONGTEXT      NOT NULL,
    created_by            VARCHAR(200)  NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    closed_by             VARCHAR(200)  NULL,
    closed_at             TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    KEY idx_calibration_creator (created_by, created_at),
    CONSTRAINT fk_calibration_type FOREIGN KEY (call_type_id) REFERENCES call_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calibration_call (
    session_id            CHAR(36)      NOT NULL,
    position              INT           NOT NULL,
    call_id               CHAR(36)      NOT NULL,
    PRIMARY KEY (session_id, position),
    UNIQUE KEY uk_calibration_call (session_id, call_id),
    CONSTRAINT fk_calibration_call_session FOREIGN KEY (session_id) REFERENCES calibration_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_calibration_call_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calibration_coach (
    session_id            CHAR(36)      NOT NULL,
    coach_id              VARCHAR(200)  NOT NULL,
    PRIMARY KEY (session_id, coach_id),
    KEY idx_calibration_coach (coach_id),
    CONSTRAINT fk_calibration_coach_session FOREIGN KEY (session_id) REFERENCES calibration_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calibration_rating (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    session_id            CHAR(36)      NOT NULL,
    coach_id              VARCHAR(200)  NOT NULL,
    call_id               CHAR(36)      NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    verdict               VARCHAR(20)   NOT NULL,
    rated_at              TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_calibration_rating (session_id, coach_id, call_id, behaviour_key),
    CONSTRAINT fk_calibration_rating_session FOREIGN KEY (session_id) REFERENCES calibration_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
