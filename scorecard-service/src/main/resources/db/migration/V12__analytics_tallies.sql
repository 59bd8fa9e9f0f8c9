-- Analytics tallies: counts over the latest score revision of each call, per bucket of call start times, kept in the
-- transaction that records a revision (scoring/AnalyticsTallies: the previous latest revision's counts move out,
-- the new one's in). Analytics read whole days and weeks from here and only a period's partial first and last day
-- from the calls (analytics/PeriodCoverage). Each revision counts twice: in its day and in its week.
--   bucket_days: 1 (a day) or 7 (a week from Monday 00:00 UTC); bucket: the epoch day (UTC) the bucket starts on.
-- The team is the call's own team (sales_call.team_id), as everywhere in analytics: a rep's move leaves past calls.
-- Rows whose counts fell back to zero stay; readers skip them.

-- Per behaviour of the latest revisions: verdict counts, and the score points the MISSED ones cost their calls
-- (100 * weight / decided weight of the call): adherence, gaps and the disputes' denominators.
CREATE TABLE verdict_tally (
    bucket_days           TINYINT       NOT NULL,
    bucket                INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    met                   INT           NOT NULL,
    missed                INT           NOT NULL,
    needs_review          INT           NOT NULL,
    not_applicable        INT           NOT NULL,
    lost_points           DOUBLE        NOT NULL,
    PRIMARY KEY (bucket_days, bucket, call_type_id, team_id, rep_id, scorecard_version_id, behaviour_key),
    KEY idx_verdict_tally_team (team_id, bucket_days, bucket),
    KEY idx_verdict_tally_rep (rep_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per call: the latest revisions with a decided behaviour, and the sum of their scores (gaps' average score).
CREATE TABLE score_tally (
    bucket_days           TINYINT       NOT NULL,
    bucket                INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    scored_calls          INT           NOT NULL,
    score_sum             DOUBLE        NOT NULL,
    PRIMARY KEY (bucket_days, bucket, call_type_id, team_id, rep_id),
    KEY idx_score_tally_team (team_id, bucket_days, bucket),
    KEY idx_score_tally_rep (rep_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Coach-decided verdicts of the latest revisions beside the automatic verdict of revision 1 on the same behaviour,
-- per scorecard version revision 1 was graded with: grader accuracy.
CREATE TABLE grader_tally (
    bucket_days           TINYINT       NOT NULL,
    bucket                INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    automatic_verdict     VARCHAR(20)   NOT NULL,
    coach_verdict         VARCHAR(20)   NOT NULL,
    pairs                 INT           NOT NULL,
    PRIMARY KEY (bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict),
    KEY idx_grader_tally_team (team_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill from the calls already stored. bench's HistorySeeder runs the statements from here on after seeding.
CREATE TEMPORARY TABLE tally_latest_score (
    score_revision_id     BIGINT        NOT NULL,
    call_id               CHAR(36)      NOT NULL,
    day                   INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    rep_id                VARCHAR(200)  NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    decided_weight        DOUBLE        NOT NULL,
    met_weight            DOUBLE        NOT NULL,
    PRIMARY KEY (score_revision_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO tally_latest_score
SELECT s.id, c.id, FLOOR(UNIX_TIMESTAMP(c.started_at) / 86400), c.call_type_id, c.team_id, c.rep_id, s.scorecard_version_id,
       SUM(IF(v.verdict IN ('MET', 'MISSED'), b.weight, 0)), SUM(IF(v.verdict = 'MET', b.weight, 0))
FROM sales_call c
JOIN score_revision s ON s.call_id = c.id
  AND s.revision = (SELECT MAX(l.revision) FROM score_revision l WHERE l.call_id = c.id)
JOIN behaviour_verdict v ON v.score_revision_id = s.id
JOIN scorecard_behaviour b ON b.scorecard_version_id = s.scorecard_version_id AND b.behaviour_key = v.behaviour_key
GROUP BY s.id;

INSERT INTO verdict_tally (bucket_days, bucket, call_type_id, team_id, rep_id, scorecard_version_id, behaviour_key,
                           met, missed, needs_review, not_applicable, lost_points)
SELECT k.days, IF(k.days = 1, l.day, l.day - MOD(l.day - 4, 7)) AS bucket, l.call_type_id, l.team_id, l.rep_id,
       l.scorecard_version_id, v.behaviour_key,
       SUM(v.verdict = 'MET'), SUM(v.verdict = 'MISSED'), SUM(v.verdict = 'NEEDS_REVIEW'), SUM(v.verdict = 'NOT_APPLICABLE'),
       SUM(IF(v.verdict = 'MISSED', 100 * b.weight / l.decided_weight, 0))
FROM tally_latest_score l
JOIN behaviour_verdict v ON v.score_revision_id = l.score_revision_id
JOIN scorecard_behaviour b ON b.scorecard_version_id = l.scorecard_version_id AND b.behaviour_key = v.behaviour_key
CROSS JOIN (SELECT 1 AS days UNION ALL SELECT 7) k
GROUP BY k.days, bucket, l.call_type_id, l.team_id, l.rep_id, l.scorecard_version_id, v.behaviour_key;

INSERT INTO score_tally (bucket_days, bucket, call_type_id, team_id, rep_id, scored_calls, score_sum)
SELECT k.days, IF(k.days = 1, l.day, l.day - MOD(l.day - 4, 7)) AS bucket, l.call_type_id, l.team_id, l.rep_id,
       COUNT(*), SUM(100 * l.met_weight / l.decided_weight)
FROM tally_latest_score l
CROSS JOIN (SELECT 1 AS days UNION ALL SELECT 7) k
WHERE l.decided_weight > 0
GROUP BY k.days, bucket, l.call_type_id, l.team_id, l.rep_id;

INSERT INTO grader_tally (bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key,
                          automatic_verdict, coach_verdict, pairs)
SELECT k.days, IF(k.days = 1, l.day, l.day - MOD(l.day - 4, 7)) AS bucket, l.call_type_id, l.team_id, s1.scorecard_version_id,
       v.behaviour_key, a.verdict, v.verdict, COUNT(*)
FROM tally_latest_score l
JOIN behaviour_verdict v ON v.score_revision_id = l.score_revision_id AND v.coach_decided = TRUE
JOIN score_revision s1 ON s1.call_id = l.call_id AND s1.revision = 1 AND s1.scorer_kind = 'AUTOMATIC'
JOIN behaviour_verdict a ON a.score_revision_id = s1.id AND a.behaviour_key = v.behaviour_key
CROSS JOIN (SELECT 1 AS days UNION ALL SELECT 7) k
GROUP BY k.days, bucket, l.call_type_id, l.team_id, s1.scorecard_version_id, v.behaviour_key, a.verdict, v.verdict;

DROP TEMPORARY TABLE tally_latest_score;
