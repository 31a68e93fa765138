-- scrm store schema, version 1 (H2 2.x).
-- Instants are stored as epoch seconds plus nanoseconds, which keeps Java's full Instant range and precision.

CREATE TABLE scrm_customer (
    id          VARCHAR(128) NOT NULL,
    version     BIGINT       NOT NULL,
    body        CHARACTER VARYING         NOT NULL,
    CONSTRAINT scrm_customer_pk PRIMARY KEY (id)
);

CREATE TABLE scrm_identity (
    platform    VARCHAR(64)  NOT NULL,
    native_id   VARCHAR(512) NOT NULL,
    customer_id VARCHAR(128),
    body        CHARACTER VARYING         NOT NULL,
    CONSTRAINT scrm_identity_pk PRIMARY KEY (platform, native_id),
    CONSTRAINT scrm_identity_customer_fk FOREIGN KEY (customer_id) REFERENCES scrm_customer (id)
);
-- CustomerStore.identitiesOf, find, customers(); InteractionStore.query by customer
CREATE INDEX scrm_identity_by_customer ON scrm_identity (customer_id, platform, native_id);

CREATE TABLE scrm_interaction (
    platform         VARCHAR(64)   NOT NULL,
    native_id        VARCHAR(1024) NOT NULL,
    occurred_s       BIGINT        NOT NULL,
    occurred_n       INTEGER       NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    author_platform  VARCHAR(64)  ,
    author_native_id VARCHAR(512) ,
    body             CHARACTER VARYING          NOT NULL,
    CONSTRAINT scrm_interaction_pk PRIMARY KEY (platform, native_id)
);
-- InteractionStore.query without author or platform: time order
CREATE INDEX scrm_interaction_by_time ON scrm_interaction (occurred_s, occurred_n, platform, native_id);
-- InteractionStore.query by author or customer; erasure
CREATE INDEX scrm_interaction_by_author ON scrm_interaction (author_platform, author_native_id, occurred_s, occurred_n);
-- InteractionStore.query by platform
CREATE INDEX scrm_interaction_by_platform ON scrm_interaction (platform, occurred_s, occurred_n);

CREATE TABLE scrm_audit (
    seq         BIGINT        NOT NULL,
    at_s        BIGINT        NOT NULL,
    at_n        INTEGER       NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    actor       VARCHAR(128)  NOT NULL,
    customer_id VARCHAR(128) ,
    subject     VARCHAR(1200),
    details     CHARACTER VARYING          NOT NULL,
    redacted    BOOLEAN       NOT NULL,
    CONSTRAINT scrm_audit_pk PRIMARY KEY (seq)
);
-- AuditLog.eventsOf and erasure
CREATE INDEX scrm_audit_by_customer ON scrm_audit (customer_id, seq);
-- AuditLog.eventsAbout and erasure
CREATE INDEX scrm_audit_by_subject ON scrm_audit (subject, seq);

-- One row holding the last audit sequence. Every writing transaction locks it first, which numbers audit
-- events without gaps in commit order and serialises writers the way the in-memory store's lock does.
CREATE TABLE scrm_audit_head (
    id       INTEGER NOT NULL,
    last_seq BIGINT  NOT NULL,
    CONSTRAINT scrm_audit_head_pk PRIMARY KEY (id)
);
INSERT INTO scrm_audit_head (id, last_seq) VALUES (1, 0);

-- Connector checkpoints: an opaque value per key, replaced atomically.
CREATE TABLE scrm_checkpoint (
    checkpoint_key   VARCHAR(512) NOT NULL,
    checkpoint_value CHARACTER VARYING         NOT NULL,
    updated_s        BIGINT       NOT NULL,
    updated_n        INTEGER      NOT NULL,
    CONSTRAINT scrm_checkpoint_pk PRIMARY KEY (checkpoint_key)
);
