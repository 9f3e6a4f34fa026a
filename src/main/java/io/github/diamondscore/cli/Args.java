package io.github.diamondscore.cli;

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
            "%s: unexpected argument '%s'; options start with --, see '%s --help'", command, arg,
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
            "%s: unknown option '%s'; valid options: --%s", command, arg,
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

  double number(String name, double fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException(String.format(Locale.ROOT,
          "%s: option --%s value '%s' is not a number", command, name, v));
    }
  }

  int integer(String name, int fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(String.format(Locale.ROOT,
          "%s: option --%s value '%s' is not a whole number", command, name, v));
    }
  }
}
