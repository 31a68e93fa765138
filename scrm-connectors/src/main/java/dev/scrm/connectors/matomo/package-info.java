/**
 * The Matomo connector: daily web-traffic figures and returning visitors from a Matomo server's Reporting API,
 * as a {@link dev.scrm.connector.FigureSource}. {@link dev.scrm.connectors.matomo.MatomoConnector} is built with
 * its builder or found through {@link dev.scrm.connectors.matomo.MatomoConnectorProvider}.
 */
package dev.scrm.connectors.matomo;
