/**
 * Analyses built on a fitted index: weights derived from data or expert judgement and written
 * back into a framework, and cross-check rankings (TOPSIS, VIKOR, grey relational, Copeland)
 * reported in the same {@link io.github.diamondscore.score.Scores} type as the index.
 */
package io.github.diamondscore.analysis;
