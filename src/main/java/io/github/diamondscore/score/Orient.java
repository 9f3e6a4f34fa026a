package io.github.diamondscore.score;

import io.github.diamondscore.model.Transform;
import java.util.Locale;

/** Transform then direction: the oriented value every normalization receives. */
final class Orient {
  private Orient() {}

  static double apply(double x, Transform transform, int sign, String entity, String indicator) {
    if (transform == Transform.LOG && !Double.isNaN(x)) {
      if (!(x > 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "entity '%s', indicator '%s': log transform needs a value > 0 but the value is %s",
            entity, indicator, x));
      }
      x = Math.log(x);
    }
    return sign * x;
  }
}
