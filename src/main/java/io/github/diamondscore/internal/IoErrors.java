package io.github.diamondscore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns I/O failures into one readable line that names the file. Internal API. */
public final class IoErrors {
  private IoErrors() {}

  /**
   * An unchecked exception saying what could not be done to which file and why.
   *
   * @param action e.g. "cannot read data file"
   * @param file the file
   * @param e the cause
   * @return the exception to throw
   */
  public static UncheckedIOException wrap(String action, Path file, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "access denied";
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new UncheckedIOException(action + " " + file + ": " + why, e);
  }
}
