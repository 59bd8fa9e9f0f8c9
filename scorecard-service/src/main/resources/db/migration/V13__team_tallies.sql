-- Team-level analytics tallies: the counts of verdict_tally and score_tally (V12) without the rep (and grader_tally's
-- without the team), kept by the same
-- count in the same transaction (scoring/AnalyticsTallies). Reads that neither filter nor group by rep (company or
-- team scope grouped by team or call type, gaps, the disputes' denominators) sum a tenth of the rows: at company scope
-- the per-rep rows of twelve weeks were tens of thousands, summed in a temporary table on every read.
-- Rows whose counts fell back to zero stay; readers skip them.

CREATE TABLE verdict_team_tally (
    bucket_days           TINYINT       NOT NULL,
    bucket                INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    met                   INT           NOT NULL,
    missed                INT           NOT NULL,
    needs_review          INT           NOT NULL,
    not_applicable        INT           NOT NULL,
    lost_points           DOUBLE        NOT NULL,
    PRIMARY KEY (bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key),
    KEY idx_verdict_team_tally_team (team_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_team_tally (
    bucket_days           TINYINT       NOT NULL,
    bucket                INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    scored_calls          INT           NOT NULL,
    score_sum             DOUBLE        NOT NULL,
    PRIMARY KEY (bucket_days, bucket, call_type_id, team_id),
    KEY idx_score_team_tally_team (team_id, bucket_days, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- grader_tally (V12) without the team, for company-scope grader accuracy: its rows per week grow with the reviewed
-- verdicts until every team x verdict pair is present; without the team, a twentieth of them.
CREATE TABLE grader_company_tally (
    bucket_days           TINYINT       NOT NULL,
    bucket                INT           NOT NULL,
    call_type_id          BIGINT        NOT NULL,
    scorecard_version_id  BIGINT        NOT NULL,
    behaviour_key         VARCHAR(64)   NOT NULL,
    automatic_verdict     VARCHAR(20)   NOT NULL,
    coach_verdict         VARCHAR(20)   NOT NULL,
    pairs                 INT           NOT NULL,
    PRIMARY KEY (bucket_days, bucket, call_type_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dispute statistics count the disputes of the period's calls: with the call's start beside each dispute (it never
-- changes; nor does the call's team, already beside it), the period is a range of this index, read from the index
-- alone, instead of every dispute ever joined to its call (a full scan of score_dispute in the EXPLAIN).
ALTER TABLE score_dispute ADD COLUMN call_started_at TIMESTAMP(6) NULL;
UPDATE score_dispute d JOIN sales_call c ON c.id = d.call_id SET d.call_started_at = c.started_at;
ALTER TABLE score_dispute MODIFY call_started_at TIMESTAMP(6) NOT NULL,
    ADD INDEX idx_dispute_call_started (call_started_at, team_id, behaviour_key, status);

-- Backfill from the per-rep tallies (V12, themselves backfilled from the stored revisions). bench's HistorySeeder
-- runs the statements from here on after V12's.
INSERT INTO verdict_team_tally (bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key,
                                met, missed, needs_review, not_applicable, lost_points)
SELECT bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key,
       SUM(met), SUM(missed), SUM(needs_review), SUM(not_applicable), SUM(lost_points)
FROM verdict_tally
GROUP BY bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key;

INSERT INTO score_team_tally (bucket_days, bucket, call_type_id, team_id, scored_calls, score_sum)
SELECT bucket_days, bucket, call_type_id, team_id, SUM(scored_calls), SUM(score_sum)
FROM score_tally
GROUP BY bucket_days, bucket, call_type_id, team_id;

INSERT INTO grader_company_tally (bucket_days, bucket, call_type_id, scorecard_version_id, behaviour_key,
                                  automatic_verdict, coach_verdict, pairs)
SELECT bucket_days, bucket, call_type_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict, SUM(pairs)
FROM grader_tally
GROUP BY bucket_days, bucket, call_type_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict;
