-- Indexes the reads use once a year of calls is stored (bench/scale.sh; EXPLAIN in README, "A year of data").
-- The call list pages newest first, ties by id: (start DESC, id) indexes read in that order without a sort, for
-- every scope (all, a team, a rep), so a keyset page (GET /api/calls?cursor=...) costs the same however deep.
ALTER TABLE sales_call
    DROP INDEX idx_sales_call_started,
    DROP INDEX idx_sales_call_team,
    DROP INDEX idx_sales_call_rep,
    ADD INDEX idx_sales_call_started (started_at DESC, id),
    ADD INDEX idx_sales_call_team (team_id, started_at DESC, id),
    ADD INDEX idx_sales_call_rep (rep_id, started_at DESC, id),
    -- The CSV export reads oldest first by (start, id) keyset, a chunk at a time: ascending, unlike the list.
    ADD INDEX idx_sales_call_started_asc (started_at, id),
    -- Analytics join call_type first; without the period beside the type, each type's calls of every year are read.
    ADD INDEX idx_sales_call_type_started (call_type_id, started_at);

-- The verdicts analytics aggregate, read from the index alone: the rows also hold the evidence, often kilobytes.
ALTER TABLE behaviour_verdict
    ADD INDEX idx_behaviour_verdict_revision (score_revision_id, behaviour_key, verdict, coach_decided, position);
