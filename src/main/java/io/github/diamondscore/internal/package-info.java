/**
 * Internal helpers shared by the library's packages. Not part of the public API: names and
 * signatures here may change in any release.
 */
package io.github.diamondscore.internal;
