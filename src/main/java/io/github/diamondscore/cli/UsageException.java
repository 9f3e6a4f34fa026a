package io.github.diamondscore.cli;

/** A command-line usage error: unknown option, missing value, bad number. Exit status 2. */
final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
