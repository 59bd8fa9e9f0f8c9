-- An admin may set a call aside (a test call, a call recorded against the wrong rep): its status becomes SET_ASIDE
-- with the reason in status_reason, and these say who did it and when.
ALTER TABLE sales_call ADD COLUMN set_aside_by VARCHAR(200) NULL;
ALTER TABLE sales_call ADD COLUMN set_aside_at TIMESTAMP(6) NULL;
-- The call list filtered by status (GET /api/calls?status=SET_ASIDE) pages newest first as the other lists do,
-- without reading every call to find the few in one status.
ALTER TABLE sales_call ADD INDEX idx_sales_call_status (status, started_at DESC, id);
