/**
 * The Plausible connector: daily visitors, visits and page views from Plausible's Stats API v2, as a
 * {@link dev.scrm.connector.FigureSource} that declares returning visitors unavailable.
 * {@link dev.scrm.connectors.plausible.PlausibleConnector} is built with its builder or found through
 * {@link dev.scrm.connectors.plausible.PlausibleConnectorProvider}.
 */
package dev.scrm.connectors.plausible;
