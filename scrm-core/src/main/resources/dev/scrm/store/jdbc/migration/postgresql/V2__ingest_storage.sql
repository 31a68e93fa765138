-- scrm store schema, version 2 (PostgreSQL): the same tables and queries, cheaper batch ingestion.

-- Bodies over about 2 kB (an interaction with its raw platform payload is typically 2 to 4 kB) are
-- compressed. LZ4 costs a fraction of the CPU time of the default pglz; it needs PostgreSQL 14 or newer
-- built with lz4. Older servers, and servers without it, keep pglz.
DO $$ BEGIN EXECUTE 'ALTER TABLE scrm_interaction ALTER COLUMN body SET COMPRESSION lz4'; EXECUTE 'ALTER TABLE scrm_identity ALTER COLUMN body SET COMPRESSION lz4'; EXCEPTION WHEN feature_not_supported OR syntax_error OR undefined_object THEN NULL; END $$;

-- AuditLog.eventsOf and erasure look events up by customer; most events (interactions by authors not
-- linked to a customer) have none, so they are left out of the index.
DROP INDEX scrm_audit_by_customer;
CREATE INDEX scrm_audit_by_customer ON scrm_audit (customer_id, seq) WHERE customer_id IS NOT NULL;
