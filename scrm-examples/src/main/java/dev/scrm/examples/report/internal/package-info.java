/** Implementation of the HTML report: the escaper and the SVG chart builders. Not API. */
package dev.scrm.examples.report.internal;
