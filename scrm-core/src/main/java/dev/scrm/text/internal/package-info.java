/**
 * Implementation of {@code dev.scrm.text}: the VADER engine, the social tokeniser and the listening-query
 * parser and matcher. Not API: types here may change in any release.
 */
package dev.scrm.text.internal;
