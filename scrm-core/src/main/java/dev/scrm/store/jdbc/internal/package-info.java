/**
 * Implementation of the JDBC store: transactions, row mapping, cursors, the migrator and the SQL that
 * differs between databases. Not API.
 */
package dev.scrm.store.jdbc.internal;
