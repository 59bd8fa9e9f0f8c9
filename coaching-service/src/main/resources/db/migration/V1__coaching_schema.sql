-- coaching-service owns: what it learned from scored calls (the latest revision of each call and its
-- verdicts), the skill state per rep x behaviour derived from them, the reps' answers to nudges,
-- coaching plans and the persistent nudge schedule.

-- A rep as coaching knows them: their team (from the latest event) and their coaching settings.
CREATE TABLE rep (
    rep_id             VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NULL,
    first_call_at      TIMESTAMP(6)  NULL,
    last_call_at       TIMESTAMP(6)  NULL,
    time_zone          VARCHAR(64)   NULL,
    work_start         TIME          NULL,
    work_end           TIME          NULL,
    work_days          VARCHAR(60)   NULL,
    daily_cap          INT           NULL,
    settings_updated_at TIMESTAMP(6) NULL,
    cap_day            DATE          NULL,
    cap_sent           INT           NOT NULL DEFAULT 0,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (rep_id),
    KEY idx_rep_team (team_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The highest revision of each scored call; older revisions are replaced, stale ones ignored.
CREATE TABLE scored_call (
    call_id            VARCHAR(200)  NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NOT NULL,
    call_type          VARCHAR(64)   NOT NULL,
    revision           INT           NOT NULL,
    scorer_kind        VARCHAR(20)   NOT NULL,
    scorer_id          VARCHAR(200)  NULL,
    scorecard_version  INT           NOT NULL,
    overall_score      DOUBLE        NULL,
    auto_failed        BOOLEAN       NOT NULL,
    call_started_at    TIMESTAMP(6)  NOT NULL,
    duration_seconds   INT           NOT NULL,
    recording_url      VARCHAR(2000) NULL,
    scored_at          TIMESTAMP(6)  NOT NULL,
    event_id           CHAR(36)      NOT NULL,
    received_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (call_id),
    KEY idx_scored_call_rep (rep_id, call_started_at),
    KEY idx_scored_call_team (team_id, call_type, call_started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One verdict per behaviour of the current revision of a call, denormalised for per-behaviour history.
CREATE TABLE call_verdict (
    call_id            VARCHAR(200)  NOT NULL,
    behaviour_key      VARCHAR(64)   NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NOT NULL,
    call_type          VARCHAR(64)   NOT NULL,
    call_started_at    TIMESTAMP(6)  NOT NULL,
    question           VARCHAR(300)  NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    weight             DOUBLE        NOT NULL,
    critical           BOOLEAN       NOT NULL,
    verdict            VARCHAR(20)   NOT NULL,
    evidence_quote     VARCHAR(2000) NULL,
    evidence_at_ms     BIGINT        NULL,
    expected_at_ms     BIGINT        NULL,
    coach_moment_at_ms BIGINT        NULL,
    coach_comment      VARCHAR(2000) NULL,
    PRIMARY KEY (call_id, behaviour_key),
    KEY idx_verdict_rep (rep_id, behaviour_key, call_started_at),
    KEY idx_verdict_team (team_id, call_type, behaviour_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Memory and competence of one rep for one behaviour, recomputed from the verdict history.
CREATE TABLE skill_state (
    rep_id             VARCHAR(200)  NOT NULL,
    behaviour_key      VARCHAR(64)   NOT NULL,
    team_id            VARCHAR(200)  NULL,
    question           VARCHAR(300)  NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    weight             DOUBLE        NOT NULL,
    reviews            INT           NOT NULL,
    met                INT           NOT NULL,
    missed             INT           NOT NULL,
    recent_met         INT           NOT NULL,
    recent_reviews     INT           NOT NULL,
    last_verdict       VARCHAR(20)   NOT NULL,
    last_call_type     VARCHAR(64)   NOT NULL,
    stability          DOUBLE        NOT NULL,
    difficulty         DOUBLE        NOT NULL,
    last_review_at     TIMESTAMP(6)  NOT NULL,
    stage              VARCHAR(40)   NOT NULL,
    stage_basis        VARCHAR(1000) NOT NULL,
    gap_acknowledged   BOOLEAN       NOT NULL,
    focus_since        TIMESTAMP(6)  NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (rep_id, behaviour_key),
    KEY idx_skill_team (team_id, behaviour_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What reps answered to nudges: acknowledgements and self-assessments.
CREATE TABLE rep_response (
    response_id        VARCHAR(200)  NOT NULL,
    nudge_id           VARCHAR(200)  NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    behaviour_key      VARCHAR(64)   NULL,
    call_id            VARCHAR(200)  NULL,
    kind               VARCHAR(20)   NOT NULL,
    self_assessment    VARCHAR(20)   NULL,
    responded_at       TIMESTAMP(6)  NOT NULL,
    received_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (response_id),
    KEY idx_response_rep (rep_id, behaviour_key, responded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The persistent schedule of micro-moments. dedupe_key names the nudge's purpose: one row per purpose.
CREATE TABLE scheduled_nudge (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    nudge_id           CHAR(36)      NOT NULL,
    dedupe_key         VARCHAR(400)  NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NULL,
    kind               VARCHAR(30)   NOT NULL,
    priority           VARCHAR(10)   NOT NULL,
    urgent             BOOLEAN       NOT NULL,
    behaviour_key      VARCHAR(64)   NULL,
    call_id            VARCHAR(200)  NULL,
    call_type          VARCHAR(64)   NULL,
    title              VARCHAR(300)  NOT NULL,
    body               VARCHAR(4000) NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    actions            LONGTEXT      NOT NULL,
    earliest_at        TIMESTAMP(6)  NOT NULL,
    due_at             TIMESTAMP(6)  NOT NULL,
    expires_at         TIMESTAMP(6)  NULL,
    status             VARCHAR(20)   NOT NULL,
    status_reason      VARCHAR(1000) NULL,
    sent_at            TIMESTAMP(6)  NULL,
    counts_toward_cap  BOOLEAN       NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_nudge_id (nudge_id),
    UNIQUE KEY uk_nudge_dedupe (dedupe_key),
    KEY idx_nudge_due (status, due_at),
    KEY idx_nudge_rep (rep_id, status, due_at),
    KEY idx_nudge_rep_sent (rep_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coaching_plan (
    id                 CHAR(36)      NOT NULL,
    rep_id             VARCHAR(200)  NOT NULL,
    team_id            VARCHAR(200)  NOT NULL,
    coach_id           VARCHAR(200)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    focus_behaviours   LONGTEXT      NOT NULL,
    target_adherence   DOUBLE        NOT NULL,
    review_date        DATE          NOT NULL,
    notes              VARCHAR(4000) NULL,
    started_at         TIMESTAMP(6)  NOT NULL,
    ended_at           TIMESTAMP(6)  NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    updated_by         VARCHAR(200)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_plan_rep (rep_id, status),
    KEY idx_plan_team (team_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
