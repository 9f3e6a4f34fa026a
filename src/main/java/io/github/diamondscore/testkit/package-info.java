/**
 * AssertJ assertions for host applications' tests of their own indices: a score card's numbers
 * and contributions, and a fitted index's promises (online equals batch, serialization keeps
 * the numbers), batch scores' ranks, scenario comparisons and paths to a target. AssertJ is an optional dependency: add {@code org.assertj:assertj-core} to your
 * test class path to use this package.
 */
package io.github.diamondscore.testkit;
