-- A call that arrives as a recording whose source needs a token to download it (Zoom's download_token, valid for 24
-- hours): kept until the recording is transcribed, then cleared.
ALTER TABLE sales_call ADD COLUMN recording_token VARCHAR(2000) NULL;
