/**
 * The front door of scrm's platform connectors.
 *
 * <p>{@link dev.scrm.connectors.Connectors} creates a connector for a platform by name, through the
 * {@link dev.scrm.connector.ConnectorProvider}s found on the class path, from a
 * {@link dev.scrm.connectors.ConnectorConfig} that holds the base URL, secrets, options and shared
 * {@link dev.scrm.connectors.http.HttpSettings}. Each platform also has its own builder, for example
 * {@link dev.scrm.connectors.mastodon.MastodonConnector#builder()}.
 */
package dev.scrm.connectors;
