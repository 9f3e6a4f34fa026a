package io.github.diamondscore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns I/O failures into one readable line that names the file. Internal API. */
public final class IoErrors {
  private static final Pattern CSV_LINE = Pattern.compile("(?:startline|line:?) ([0-9,]+)");

  private IoErrors() {}

  /**
   * An unchecked exception saying what could not be done to which file and why. A file that is
   * not UTF-8 or not valid CSV is bad input: the exception is then an
   * {@link IllegalArgumentException} whose message names the file and says where (line, byte
   * offset) and what is wrong, without Java class names.
   *
   * @param action e.g. "cannot read data file"
   * @param file the file
   * @param e the cause
   * @return the exception to throw
   */
  public static RuntimeException wrap(String action, Path file, IOException e) {
    if (isBadInput(e)) {
      return new IllegalArgumentException(file + " " + badInput(e), e);
    }
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "access denied";
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : Text.clip(e.getMessage());
    }
    return new UncheckedIOException(action + " " + file + ": " + why, e);
  }

  /**
   * An exception for a failure while reading a named source: {@link IllegalArgumentException}
   * for input that is not UTF-8 or not valid CSV (saying where and what, as {@link #wrap}
   * does), {@link UncheckedIOException} otherwise.
   *
   * @param source the source's name, e.g. the file
   * @param e the cause
   * @return the exception to throw
   */
  public static RuntimeException reading(String source, IOException e) {
    if (isBadInput(e)) {
      return new IllegalArgumentException(source + " " + badInput(e), e);
    }
    return new UncheckedIOException("cannot read " + source + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : Text.clip(e.getMessage())), e);
  }

  /** What is wrong with input that is not UTF-8 or not CSV, to follow the source's name. */
  private static String badInput(IOException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof CharacterCodingException) {
      return "is not valid UTF-8" + (e instanceof Utf8Reader.NotUtf8Exception ? ": " + m
          : "; the file must be UTF-8 (save the file with UTF-8 encoding)");
    }
    String where = "is not valid CSV: line " + csvLine(m);
    if (m.contains("EOF reached before encapsulated token finished")) {
      return where + " has a quote that is not closed before the end of the file (a quote "
          + "inside a quoted field is written twice: \"\")";
    }
    if (m.contains("Invalid character between encapsulated token and delimiter")) {
      return where + " has text after the closing quote of a quoted field (a quote inside a "
          + "quoted field is written twice: \"\")";
    }
    return "is not valid CSV: check for a quote that is not closed, or text after a closing "
        + "quote (a quote inside a quoted field is written twice: \"\")";
  }

  private static boolean isBadInput(IOException e) {
    return e instanceof CharacterCodingException
        || e.getClass().getName().equals("org.apache.commons.csv.CSVException");
  }

  private static String csvLine(String message) {
    Matcher m = CSV_LINE.matcher(message);
    return m.find() ? m.group(1).replace(",", "") : "?";
  }
}
