-- Calls arrive from CRMs and telephony, are graded against the scorecard version published at the time,
-- and keep every score as a revision: revision 1 is the automatic grade, later ones are coach reviews.

CREATE TABLE sales_call (
    id                    CHAR(36)      NOT NULL,
    source                VARCHAR(40)   NOT NULL,
    external_id           VARCHAR(200)  NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    started_at            TIMESTAMP(6)  NOT NULL,
    duration_seconds      INT           NOT NULL,
    recording_url         VARCHAR(2000) NULL,
    participants          LONGTEXT      NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    received_at           TIMESTAMP(6)  NOT NULL,
    received_by           VARCHAR(200)  NULL,
    revision              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sales_call_external (source, external_id),
    KEY idx_sales_call_rep (rep_id, started_at),
    KEY idx_sales_call_team (team_id, started_at),
    KEY idx_sales_call_started (started_at),
    CONSTRAINT fk_sales_call_type FOREIGN KEY (call_type_id) REFERENCES call_type (id),
    CONSTRAINT fk_sales_call_scorecard FOREIGN KEY (scorecard_version_id) REFERENCES scorecard_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE call_transcript (
    call_id               CHAR(36)      NOT NULL,
    format                VARCHAR(20)   NOT NULL,
    timing_estimated      BOOLEAN       NOT NULL,
    word_count            INT           NOT NULL,
    segments              LONGTEXT      NOT NULL,
    PRIMARY KEY (call_id),
    CONSTRAINT fk_transcript_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per score revision of a call; the verdicts hang off it, one per behaviour.
CREATE TABLE score_revision (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    call_id               CHAR(36)      NOT NULL,
    revision              INT           NOT NULL,
    scorer_kind           VARCHAR(20)   NOT NULL,
    scorer_id             VARCHAR(200)  NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    overall_score         DOUBLE        NULL,
    auto_failed           BOOLEAN       NOT NULL,
    review_required       BOOLEAN       NOT NULL,
    metrics               LONGTEXT      NULL,
    comment               VARCHAR(4000) NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_score_revision (call_id, revision),
    CONSTRAINT fk_score_call FOREIGN KEY (call_id) REFERENCES sales_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_scorecard FOREIGN KEY (scorecard_version_id) REFERENCES scorecard_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE behaviour_verdict (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    score_revision_id     BIGINT        NOT NULL,
    position              INT           NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    verdict               VARCHAR(20)   NOT NULL,
    confidence            DOUBLE        NOT NULL,
    expected_at_ms        BIGINT        NULL,
    evidence              LONGTEXT      NOT NULL,
    rationale             VARCHAR(1000) NULL,
    comment               VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_behaviour_verdict (score_revision_id, behaviour_key),
    KEY idx_behaviour_verdict_key (behaviour_key, verdict),
    CONSTRAINT fk_verdict_score FOREIGN KEY (score_revision_id) REFERENCES score_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency-Key replays, scoped to the caller like payment APIs do.
CREATE TABLE idempotency_record (
    caller                VARCHAR(200)  NOT NULL,
    idempotency_key       VARCHAR(255)  NOT NULL,
    operation             VARCHAR(100)  NOT NULL,
    request_hash          CHAR(64)      NOT NULL,
    response_status       INT           NOT NULL,
    response_body         LONGTEXT      NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (caller, idempotency_key),
    KEY idx_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Webhook event ids already processed, per source: a redelivery is acknowledged and changes nothing.
CREATE TABLE webhook_delivery (
    source                VARCHAR(40)   NOT NULL,
    event_id              VARCHAR(255)  NOT NULL,
    call_id               CHAR(36)      NULL,
    received_at           TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (source, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE scheduled_call (
    id                    CHAR(36)      NOT NULL,
    source                VARCHAR(40)   NOT NULL,
    external_id           VARCHAR(200)  NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    team_id               VARCHAR(200)  NULL,
    call_type_id          BIGINT        NOT NULL,
    starts_at             TIMESTAMP(6)  NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    revision              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scheduled_call_external (source, external_id),
    CONSTRAINT fk_scheduled_call_type FOREIGN KEY (call_type_id) REFERENCES call_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a webhook source's users map to our reps and teams (a HubSpot owner id, a Zoom host email or id).
CREATE TABLE source_identity (
    source                VARCHAR(40)   NOT NULL,
    external_user         VARCHAR(200)  NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    display_name          VARCHAR(200)  NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (source, external_user)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per source: the call type used when nothing more specific applies, and topic keywords that pick another.
CREATE TABLE source_settings (
    source                VARCHAR(40)   NOT NULL,
    default_call_type     VARCHAR(40)   NULL,
    topic_rules           LONGTEXT      NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
