-- notification-service now owns the rep's whole contact schedule, working hours included, and announces every
-- change as RepScheduleChanged. Rows from before take the configured default working hours (NULL here).
ALTER TABLE rep_preferences
    ADD COLUMN work_start TIME        NULL AFTER time_zone,
    ADD COLUMN work_end   TIME        NULL AFTER work_start,
    ADD COLUMN work_days  VARCHAR(60) NULL AFTER work_end;
