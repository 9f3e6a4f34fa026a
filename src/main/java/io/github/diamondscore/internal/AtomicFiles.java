package io.github.diamondscore.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file the library writes goes through here: the text is written to a temporary file in
 * the target's directory, which is then moved over the target atomically (or, where the file
 * system cannot move atomically, replacing it). A failed write leaves the target as it was and
 * no temporary file behind; an existing file is replaced. A target that exists but is not a
 * regular file (a device such as {@code /dev/stdout}, a named pipe) is written directly. A
 * symbolic link is followed: the file it points to is replaced, the link stays. Internal API.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes text to a writer; the writer is UTF-8 and closed by the caller. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the content.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code text} (UTF-8) to {@code file} atomically.
   *
   * @param file the file, replaced if it exists
   * @param what what the file is, for messages (e.g. "results file")
   * @param text the content
   * @throws UncheckedIOException if the file cannot be written, naming it and saying why
   */
  public static void writeString(Path file, String what, String text) {
    write(file, what, w -> w.write(text));
  }

  /**
   * Writes UTF-8 text produced by {@code body} to {@code file} atomically.
   *
   * @param file the file, replaced if it exists
   * @param what what the file is, for messages (e.g. "results file")
   * @param body writes the content
   * @throws UncheckedIOException if the file cannot be written, naming it and saying why;
   *     an {@link UncheckedIOException} thrown by {@code body} is reported the same way
   */
  public static void write(Path file, String what, Body body) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(body, "body");
    try {
      Path target = target(file, what);
      if (target == null) {
        writeDirectly(file, body);
        return;
      }
      Path temp = createTemp(target.toAbsolutePath().getParent(), target);
      try {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
            Files.newOutputStream(temp, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
          body.writeTo(w);
        }
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw IoErrors.wrap("cannot write " + what, file, e);
    } catch (UncheckedIOException e) {
      if (e.getMessage() != null && e.getMessage().contains(file.toString())) {
        throw e;
      }
      throw IoErrors.wrap("cannot write " + what, file, e.getCause());
    }
  }

  /**
   * Checks, before any work is done, that {@link #write} could write {@code file}: it is not a
   * directory, its directory exists, and a file can be created there (a temporary file is
   * created and deleted). A device or pipe that exists is accepted as is.
   *
   * @param file the file to be written
   * @param what what the file is, for messages (e.g. "results file")
   * @throws UncheckedIOException if it could not be written, naming it and saying why
   */
  public static void checkWritable(Path file, String what) {
    Objects.requireNonNull(file, "file");
    try {
      Path target = target(file, what);
      if (target != null) {
        Files.delete(createTemp(target.toAbsolutePath().getParent(), target));
      }
    } catch (IOException e) {
      throw IoErrors.wrap("cannot write " + what, file, e);
    }
  }

  /**
   * The regular file to replace (a symbolic link followed), or null for an existing device or
   * pipe, which is written directly.
   */
  private static Path target(Path file, String what) throws IOException {
    Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
    if (Files.isDirectory(target)) {
      throw new UncheckedIOException(what + " " + file + " is a directory; give a file name",
          new IOException("is a directory"));
    }
    if (Files.exists(target) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new UncheckedIOException("cannot write " + what + " " + file + ": directory "
          + dir + " does not exist", new IOException("no directory " + dir));
    }
    return target;
  }

  /**
   * An empty file beside the target, with the permissions a new file gets (the umask applies),
   * or the target's own when it exists, so replacing a file keeps its mode.
   */
  private static Path createTemp(Path dir, Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      if (Files.isRegularFile(target)) {
        try {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException e) {
          // not a POSIX file system, or not ours to change: keep the default permissions
        }
      }
      return temp;
    }
  }

  private static void writeDirectly(Path target, Body body) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(target, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
      body.writeTo(w);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
