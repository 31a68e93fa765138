package dev.scrm.connector;

import java.util.Objects;

/**
 * The key of one stored checkpoint: a connector and a query (and, in multi-tenant use, a tenant).
 * Immutable and thread-safe; contains no personal data.
 *
 * @param tenant the tenant, {@code default} in single-tenant use
 * @param connector the connector
 * @param queryKey the query's {@link ListeningQuery#key()}
 */
public record CheckpointKey(String tenant, ConnectorId connector, String queryKey) {

    /**
     * Validates the key.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the tenant or query key is blank or has characters other than
     *     letters, digits, {@code .}, {@code _} and {@code -}
     */
    public CheckpointKey {
        safe(tenant, "tenant");
        Objects.requireNonNull(connector, "connector");
        safe(queryKey, "queryKey");
    }

    /**
     * The key of a query on a connector for the default tenant.
     *
     * @param connector the connector
     * @param query the query
     * @return the key
     */
    public static CheckpointKey of(ConnectorId connector, ListeningQuery query) {
        return new CheckpointKey("default", connector, Objects.requireNonNull(query, "query").key());
    }

    /**
     * This key as one file-name-safe string, {@code tenant~connector~queryKey}. No part may contain {@code ~}, so
     * distinct keys always give distinct strings (a {@code .} would not do: tenant {@code a.b} with connector
     * {@code c} and tenant {@code a} with connector {@code b.c} would meet).
     *
     * @return the string
     */
    public String asFileName() {
        return tenant + "~" + connector.value() + "~" + queryKey;
    }

    private static void safe(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException(name + " must have 1 to 128 characters, had " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != '_' && c != '-') {
                throw new IllegalArgumentException(name + " has a character other than letters, digits, '.', '_'"
                        + " and '-' at position " + i);
            }
        }
    }
}
