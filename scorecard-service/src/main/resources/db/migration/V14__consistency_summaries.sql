-- Consistency summaries: per rep and bucket (a day, or a week from Monday 00:00 UTC, as in V12), the run of each
-- behaviour's decided verdicts over the bucket's calls in start order (statistics/ConsistencyRun), which chain exactly
-- into a period's consistency. Repeat rate, streaks and switches depend on the order of the calls, so they cannot be
-- moved by deltas as the tallies are: the recording transaction only counts a change of the rep's bucket
-- (scoring/ConsistencyChanges), and a reader that finds a bucket's summaries computed at another count computes them
-- from the calls in its own snapshot and stores them with the count it saw (analytics/ConsistencySummaries).

-- One row per rep and bucket with a call: how many revisions were recorded in it, and at which count the summaries
-- below were computed (NULL: never).
CREATE TABLE consistency_bucket (
    bucket_days  TINYINT       NOT NULL,
    bucket       INT           NOT NULL,
    rep_id       VARCHAR(200)  NOT NULL,
    changes      BIGINT        NOT NULL,
    summarised   BIGINT        NULL,
    PRIMARY KEY (bucket_days, bucket, rep_id),
    KEY idx_consistency_bucket_rep (rep_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The runs of a rep's bucket at four levels: per team and call type, per team (call_type_id 0), per call type
-- (team_id ''), and over all the rep's calls (both). The team is the call's own team, as everywhere in analytics.
CREATE TABLE consistency_summary (
    team_id        VARCHAR(200)  NOT NULL,
    call_type_id   BIGINT        NOT NULL,
    bucket_days    TINYINT       NOT NULL,
    bucket         INT           NOT NULL,
    rep_id         VARCHAR(200)  NOT NULL,
    behaviour_key  VARCHAR(64)   NOT NULL,
    calls          INT           NOT NULL,
    met            INT           NOT NULL,
    first_met      BOOLEAN       NOT NULL,
    last_met       BOOLEAN       NOT NULL,
    leading_met    INT           NOT NULL,
    trailing_met   INT           NOT NULL,
    longest_met    INT           NOT NULL,
    switches       INT           NOT NULL,
    repeats        INT           NOT NULL,
    PRIMARY KEY (team_id, call_type_id, bucket_days, bucket, rep_id, behaviour_key),
    KEY idx_consistency_summary_rep (rep_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill: a bucket row for every rep's day and week with a call; their summaries are computed when first read.
-- bench's HistorySeeder runs the statements from here on after seeding.
INSERT IGNORE INTO consistency_bucket (bucket_days, bucket, rep_id, changes, summarised)
SELECT DISTINCT 1, FLOOR(UNIX_TIMESTAMP(started_at) / 86400), rep_id, 0, NULL FROM sales_call;

INSERT IGNORE INTO consistency_bucket (bucket_days, bucket, rep_id, changes, summarised)
SELECT DISTINCT 7, FLOOR(UNIX_TIMESTAMP(started_at) / 86400) - MOD(FLOOR(UNIX_TIMESTAMP(started_at) / 86400) - 4, 7),
       rep_id, 0, NULL
FROM sales_call;
