-- notification-service owns the rep's contact schedule and announces it as RepScheduleChanged; the rep's
-- settings columns hold coaching's copy, and this the revision of the event it came from, so a stale one is ignored.
ALTER TABLE rep
    ADD COLUMN schedule_revision BIGINT NULL AFTER settings_updated_at;
