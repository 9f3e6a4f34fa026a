package io.github.diamondscore.score;

import java.util.Optional;

/**
 * Who a row is, for messages and for preparation steps that depend on it (group imputation,
 * the entity's earlier years).
 *
 * @param entity the entity id
 * @param group its group, empty when none
 * @param year its year; 0 when the data has none
 */
record RowContext(String entity, Optional<String> group, int year) {}
