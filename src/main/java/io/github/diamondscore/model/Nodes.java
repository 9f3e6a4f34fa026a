package io.github.diamondscore.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks shared by the node types. */
final class Nodes {
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

  private Nodes() {}

  static String checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "node id '%s' must be non-empty and use only letters, digits, '_', '.' and '-'", id));
    }
    return id;
  }

  static String checkName(String id, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("node '" + id + "': name must not be blank");
    }
    return name;
  }

  static double checkWeight(String id, double weight) {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "node '%s': weight (%s) must be a finite number > 0", id, weight));
    }
    return weight;
  }

  static List<Modulator> add(List<Modulator> list, Node node, double strength) {
    return ImmutableList.<Modulator>builder().addAll(list).add(new Modulator(node, strength))
        .build();
  }
}
