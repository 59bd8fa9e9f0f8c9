-- A rep's team comes from scorecard-service's roster (RosterChanged), never from a call: this is the revision of the
-- roster entry the rep's team comes from, so a stale event is ignored. (V20 leaves room for migrations in flight.)
ALTER TABLE rep
    ADD COLUMN roster_revision BIGINT NULL AFTER schedule_revision;
