package io.github.diamondscore.cli;

import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks a command's output files and folders before any work is done or printed: each can be
 * written (its folder exists, it is not a folder), and none is one of the command's input files
 * (compared as real paths, so {@code ./d.csv}, a symbolic or hard link to it all count).
 */
final class Outputs {
  /** The options that name input files. */
  static final List<String> INPUTS = List.of("framework", "data", "pairwise", "scenarios");

  private Outputs() {}

  /**
   * The checked output file given by {@code --option}, or null when the option is absent.
   *
   * @throws UsageException if it is an input file
   * @throws java.io.UncheckedIOException if it cannot be written, naming it and saying why
   */
  static Path file(Args args, String option, String what) {
    if (args.get(option).isEmpty()) {
      return null;
    }
    Path file = Path.of(args.get(option).get());
    notAnInput(args, option, file);
    AtomicFiles.checkWritable(file, what);
    return file;
  }

  /**
   * The checked output folder {@code dir}, created if needed, into which the command writes
   * files named {@code names}.
   *
   * @throws UsageException if one of those files is an input file
   * @throws java.io.UncheckedIOException if the folder cannot be created or written
   */
  static Path dir(Args args, String option, Path dir, List<String> names) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(String.format(Locale.ROOT,
          "%s: --%s %s is a file, not a folder", args.command(), option, dir));
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw IoErrors.wrap("cannot create folder", dir, e);
    }
    for (String name : names) {
      Path file = dir.resolve(name);
      notAnInput(args, option, file);
      AtomicFiles.checkWritable(file, "output file");
    }
    return dir;
  }

  private static void notAnInput(Args args, String option, Path out) {
    for (String input : INPUTS) {
      if (args.get(input).isPresent() && same(Path.of(args.get(input).get()), out)) {
        throw new UsageException(String.format(Locale.ROOT,
            "%s: --%s %s is the input file given by --%s; the command never overwrites its "
                + "input, write to another file", args.command(), option, out, input));
      }
    }
  }

  private static boolean same(Path in, Path out) {
    try {
      if (Files.exists(in) && Files.exists(out)) {
        return Files.isSameFile(in, out);
      }
      return canonical(in).equals(canonical(out));
    } catch (IOException e) {
      return false;
    }
  }

  /** The real path of a file, or of its folder plus its name when it does not exist yet. */
  private static Path canonical(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    if (Files.exists(abs)) {
      return abs.toRealPath();
    }
    Path parent = abs.getParent();
    return parent != null && Files.exists(parent)
        ? parent.toRealPath().resolve(abs.getFileName()) : abs;
  }
}
