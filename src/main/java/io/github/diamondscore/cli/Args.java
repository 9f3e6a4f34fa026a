package io.github.diamondscore.cli;

import io.github.diamondscore.internal.NumberText;
import io.github.diamondscore.internal.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Parsed {@code --name value} options and {@code --flag}s of one subcommand. */
final class Args {
  private final String command;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> flags = new TreeSet<>();

  private Args(String command) {
    this.command = command;
  }

  /**
   * Parses options. {@code valued} options take the next argument (or {@code --name=value});
   * {@code flags} take none.
   */
  static Args parse(String command, List<String> argv, Set<String> valued, Set<String> flags) {
    Args a = new Args(command);
    for (int i = 0; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException(String.format(Locale.ROOT,
            "%s: unexpected argument '%s'; options start with --, see '%s --help'", command,
            Text.clip(arg),
            command));
      }
      String name = arg.substring(2);
      String inline = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        inline = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name) && inline == null) {
        a.flags.add(name);
      } else if (valued.contains(name)) {
        String v = inline;
        if (v == null) {
          if (i + 1 >= argv.size()) {
            throw new UsageException(String.format(Locale.ROOT,
                "%s: option --%s needs a value", command, name));
          }
          v = argv.get(++i);
        }
        if (a.values.put(name, v) != null) {
          throw new UsageException(String.format(Locale.ROOT,
              "%s: option --%s is given twice", command, name));
        }
      } else {
        Set<String> all = new TreeSet<>(valued);
        all.addAll(flags);
        throw new UsageException(String.format(Locale.ROOT,
            "%s: unknown option '%s'; valid options: --%s", command, Text.clip(arg),
            String.join(", --", all)));
      }
    }
    return a;
  }

  String command() {
    return command;
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new UsageException(String.format(Locale.ROOT,
          "%s: missing required option --%s; see '%s --help'", command, name, command));
    }
    return v;
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * A plain decimal number ({@code 0.5}, {@code -2}, {@code 1e-3}); hexadecimal, NaN, Infinity,
   * type suffixes, white space and values beyond the range of a double are rejected, naming the
   * option and the value.
   */
  double number(String name, double fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (!NumberText.isDecimal(v)) {
      throw bad(name, v, "is not a number; write a plain decimal number such as 0.5 or 2");
    }
    double d = Double.parseDouble(v);
    if (Double.isInfinite(d)) {
      throw bad(name, v, "is too large for a number");
    }
    return d;
  }

  /** A plain decimal integer within the range of an int, e.g. {@code 2000}. */
  int integer(String name, int fallback) {
    long v = longInteger(name, fallback);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw bad(name, values.get(name), String.format(Locale.ROOT,
          "is out of range; the largest allowed is %d", Integer.MAX_VALUE));
    }
    return (int) v;
  }

  /** A plain decimal integer within the range of a long, e.g. a random seed. */
  long longInteger(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    if (!v.matches("[+-]?[0-9]+")) {
      throw bad(name, v, "is not a whole number; write a plain decimal integer such as 42");
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw bad(name, v, String.format(Locale.ROOT,
          "is out of range; the largest allowed is %d", Long.MAX_VALUE));
    }
  }

  private UsageException bad(String name, String value, String problem) {
    return new UsageException(String.format(Locale.ROOT, "%s: option --%s value '%s' %s",
        command, name, Text.clip(value), problem));
  }
}
