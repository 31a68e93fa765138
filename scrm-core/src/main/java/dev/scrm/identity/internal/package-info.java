/**
 * Implementation of identity resolution: normalisation, comparisons, blocking, the Fellegi-Sunter model and EM,
 * clustering and the incremental index. Not API: types here may change in any release.
 */
package dev.scrm.identity.internal;
