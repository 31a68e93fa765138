/**
 * Search-volume trends imported from CSV exports: {@link dev.scrm.connectors.trends.SearchTrendCsv} reads Google
 * Trends exports and a plain {@code date,term,geo,value} form into search-interest
 * {@link dev.scrm.connector.FigureSeries series}, each with its normalisation scope, and
 * {@link dev.scrm.connectors.trends.SearchTrendSource} serves them as a {@link dev.scrm.connector.FigureSource}.
 */
package dev.scrm.connectors.trends;
