-- scrm store schema, version 3 (PostgreSQL): an interaction's raw platform payload gets its own columns.
-- Kept inside the JSON body, a JSON payload had every quote escaped: more bytes to write, encode and
-- compress for the largest part of most rows. Rows written before version 3 keep the payload in the body,
-- where readers still find it.
ALTER TABLE scrm_interaction ADD COLUMN raw_type VARCHAR(128);
ALTER TABLE scrm_interaction ADD COLUMN raw_body TEXT;
DO $$ BEGIN EXECUTE 'ALTER TABLE scrm_interaction ALTER COLUMN raw_body SET COMPRESSION lz4'; EXCEPTION WHEN feature_not_supported OR syntax_error OR undefined_object THEN NULL; END $$;
