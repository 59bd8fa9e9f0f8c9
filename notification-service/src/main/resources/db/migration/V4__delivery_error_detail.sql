-- What went wrong in full (the webhook's answer, why an address was refused) for admins; last_error keeps only
-- what the rep may read (e.g. the status code).
ALTER TABLE delivery ADD COLUMN last_error_detail VARCHAR(1000) NULL;
