CREATE TABLE call_type (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    type_key      VARCHAR(40)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(2000) NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    revision      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_call_type_key (type_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scorecard_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    call_type_id  BIGINT        NOT NULL,
    version       INT           NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    created_by    VARCHAR(200)  NULL,
    published_at  TIMESTAMP(6)  NULL,
    published_by  VARCHAR(200)  NULL,
    retired_at    TIMESTAMP(6)  NULL,
    revision      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scorecard_version (call_type_id, version),
    CONSTRAINT fk_scorecard_call_type FOREIGN KEY (call_type_id) REFERENCES call_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scorecard_behaviour (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    scorecard_version_id  BIGINT        NOT NULL,
    position              INT           NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    question              VARCHAR(300)  NOT NULL,
    guidance              VARCHAR(2000) NULL,
    category              VARCHAR(40)   NOT NULL,
    weight                DOUBLE        NOT NULL,
    critical              BOOLEAN       NOT NULL,
    na_allowed            BOOLEAN       NOT NULL,
    detection             LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scorecard_behaviour_key (scorecard_version_id, behaviour_key),
    CONSTRAINT fk_behaviour_scorecard FOREIGN KEY (scorecard_version_id) REFERENCES scorecard_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
