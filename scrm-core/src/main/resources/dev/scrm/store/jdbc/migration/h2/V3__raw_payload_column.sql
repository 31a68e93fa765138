-- scrm store schema, version 3 (H2): an interaction's raw platform payload gets its own columns, so it is
-- stored verbatim instead of as an escaped string inside the JSON body. Rows written before version 3 keep
-- the payload in the body, where readers still find it.
ALTER TABLE scrm_interaction ADD COLUMN raw_type VARCHAR(128);
ALTER TABLE scrm_interaction ADD COLUMN raw_body CHARACTER VARYING;
