-- A pairing that only a call set aside (or moved to another rep) justified is withdrawn, with when and why; a call set
-- aside is looked up among the pairings that show one of its moments as the mentor's example.
ALTER TABLE mentoring_pairing
    ADD COLUMN ended_at   TIMESTAMP(6)  NULL,
    ADD COLUMN end_reason VARCHAR(1000) NULL,
    ADD KEY idx_mentoring_example (example_call_id);
