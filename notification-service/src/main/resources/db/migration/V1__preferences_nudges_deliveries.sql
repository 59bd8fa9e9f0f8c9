-- A rep's choices. No row means the configured defaults apply.
CREATE TABLE rep_preferences (
    rep_id            VARCHAR(200)  NOT NULL,
    inbox_enabled     BOOLEAN       NOT NULL,
    email_enabled     BOOLEAN       NOT NULL,
    chat_enabled      BOOLEAN       NOT NULL,
    email_address     VARCHAR(320)  NULL,
    chat_webhook_url  VARCHAR(2000) NULL,
    time_zone         VARCHAR(64)   NOT NULL,
    quiet_hours       VARCHAR(11)   NULL,
    daily_cap         INT           NOT NULL,
    digest_enabled    BOOLEAN       NOT NULL,
    digest_hour       INT           NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    updated_by        VARCHAR(200)  NULL,
    revision          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (rep_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per rep, locked while a nudge is planned, so the daily cap holds even if two consumers
-- briefly process the same rep during a rebalance.
CREATE TABLE rep_lock (
    rep_id            VARCHAR(200)  NOT NULL,
    PRIMARY KEY (rep_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A nudge as requested by coaching-service; it is also the rep's inbox item.
CREATE TABLE nudge (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    nudge_id          VARCHAR(100)  NOT NULL,
    dedupe_key        VARCHAR(200)  NOT NULL,
    event_id          CHAR(36)      NOT NULL,
    rep_id            VARCHAR(200)  NOT NULL,
    team_id           VARCHAR(200)  NULL,
    kind              VARCHAR(30)   NOT NULL,
    priority          VARCHAR(10)   NOT NULL,
    urgent            BOOLEAN       NOT NULL,
    behaviour_key     VARCHAR(100)  NULL,
    call_id           VARCHAR(200)  NULL,
    call_type         VARCHAR(100)  NULL,
    title             VARCHAR(500)  NOT NULL,
    body              TEXT          NOT NULL,
    reason            TEXT          NOT NULL,
    actions           LONGTEXT      NOT NULL,
    expires_at        TIMESTAMP(6)  NULL,
    requested_at      TIMESTAMP(6)  NOT NULL,
    received_at       TIMESTAMP(6)  NOT NULL,
    in_inbox          BOOLEAN       NOT NULL,
    read_at           TIMESTAMP(6)  NULL,
    push_day          DATE          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_nudge_id (nudge_id),
    UNIQUE KEY uk_nudge_dedupe (rep_id, dedupe_key),
    KEY idx_nudge_inbox (rep_id, in_inbox, received_at, id),
    KEY idx_nudge_push_day (rep_id, push_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One delivery per nudge and channel. PENDING and DEFERRED rows become due at due_at; SENDING rows
-- are leased to one dispatcher until lease_until.
CREATE TABLE delivery (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    nudge_ref         BIGINT        NOT NULL,
    rep_id            VARCHAR(200)  NOT NULL,
    channel           VARCHAR(10)   NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    reason            VARCHAR(20)   NULL,
    due_at            TIMESTAMP(6)  NULL,
    lease_until       TIMESTAMP(6)  NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    digest_id         CHAR(36)      NULL,
    destination       VARCHAR(320)  NULL,
    last_error        VARCHAR(1000) NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    sent_at           TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_delivery_channel (nudge_ref, channel),
    KEY idx_delivery_due (status, due_at),
    KEY idx_delivery_digest (digest_id),
    KEY idx_delivery_failed (status, updated_at),
    CONSTRAINT fk_delivery_nudge FOREIGN KEY (nudge_ref) REFERENCES nudge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every attempt, recorded before the send starts: an attempt still IN_FLIGHT after its lease is in doubt.
CREATE TABLE delivery_attempt (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id       BIGINT        NOT NULL,
    attempt_no        INT           NOT NULL,
    started_at        TIMESTAMP(6)  NOT NULL,
    finished_at       TIMESTAMP(6)  NULL,
    outcome           VARCHAR(12)   NOT NULL,
    error             VARCHAR(1000) NULL,
    retry_at          TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attempt (delivery_id, attempt_no),
    CONSTRAINT fk_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rep's answer to a nudge; one per nudge and kind.
CREATE TABLE rep_response (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    response_id       CHAR(36)      NOT NULL,
    nudge_ref         BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    self_assessment   VARCHAR(10)   NULL,
    responded_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_response_id (response_id),
    UNIQUE KEY uk_response_kind (nudge_ref, kind),
    CONSTRAINT fk_response_nudge FOREIGN KEY (nudge_ref) REFERENCES nudge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
