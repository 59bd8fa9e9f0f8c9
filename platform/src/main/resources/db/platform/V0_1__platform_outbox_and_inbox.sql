-- Shared by every service: the transactional outbox and the record of processed events.

CREATE TABLE outbox_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    event_id      CHAR(36)      NOT NULL,
    topic         VARCHAR(200)  NOT NULL,
    event_key     VARCHAR(200)  NOT NULL,
    event_type    VARCHAR(100)  NOT NULL,
    payload       LONGTEXT      NOT NULL,
    lane          SMALLINT      NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    sent_at       TIMESTAMP(6)  NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY idx_outbox_pending (lane, sent_at, id),
    KEY idx_outbox_sent (sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A relay instance owns a lane while it holds the row lock: events of one key always share a lane,
-- so they leave in order even with several relay instances.
CREATE TABLE outbox_lane (
    lane          SMALLINT      NOT NULL,
    relayed_at    TIMESTAMP(6)  NOT NULL DEFAULT '2000-01-01 00:00:00',
    PRIMARY KEY (lane)
) ENGINE = InnoDB;

INSERT INTO outbox_lane (lane) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);

CREATE TABLE processed_event (
    consumer      VARCHAR(100)  NOT NULL,
    event_id      CHAR(36)      NOT NULL,
    processed_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB;
