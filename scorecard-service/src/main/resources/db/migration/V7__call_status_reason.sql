-- Why a call is in its status: the reason its automatic grading failed, until an admin grades it again.
ALTER TABLE sales_call ADD COLUMN status_reason VARCHAR(2000) NULL;
