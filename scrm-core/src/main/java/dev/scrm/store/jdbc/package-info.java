/**
 * Durable storage for scrm in a relational database over plain JDBC: PostgreSQL and H2 (embedded file or
 * memory, or server).
 *
 * <p>{@link dev.scrm.store.jdbc.JdbcStore} implements {@link dev.scrm.store.ScrmStore} with the in-memory
 * store's semantics over a {@link javax.sql.DataSource} the application supplies; no JDBC driver is a
 * dependency of scrm-core. {@link dev.scrm.store.jdbc.JdbcCheckpointStore} keeps connector checkpoints in
 * the same database and is the connector SPI's {@link dev.scrm.connector.CheckpointStore}. {@link dev.scrm.store.jdbc.JdbcMigrations} exposes the versioned schema scripts and
 * the migrator that applies them; {@link dev.scrm.store.jdbc.JdbcDialect} names the supported databases.
 */
package dev.scrm.store.jdbc;
