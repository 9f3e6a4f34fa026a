package io.github.diamondscore.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a UTF-8 file strictly (a {@link CharsetDecoder} that reports malformed input rather
 * than replacing it) and, when a byte sequence is not UTF-8, says where: the file, the line and
 * the byte offset, and that the file must be UTF-8. Every reader of a user's file opens it here.
 * Internal API.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private long offset;
  private long line = 1;
  private boolean eof;
  private boolean flushed;

  /** A byte sequence that is not UTF-8, with where it is. */
  public static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotUtf8Exception(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  /**
   * Opens a file for reading as UTF-8, buffered.
   *
   * @param file the file
   * @return the reader; its errors name the file, line and byte offset of bad input
   * @throws IOException if the file cannot be opened
   */
  public static BufferedReader open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory, not a file");
    }
    return new BufferedReader(new Utf8Reader(Files.newInputStream(file)));
  }

  /**
   * Reads a whole file as UTF-8 text.
   *
   * @param file the file
   * @return the text
   * @throws IOException if it cannot be read or is not UTF-8 (the message says where)
   */
  public static String readString(Path file) throws IOException {
    try (Reader r = open(file)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    for (int i = off; i < off + n; i++) {
      if (cbuf[i] == '\n') {
        line++;
      }
    }
    return n;
  }

  /** Decodes more characters into {@code chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 4) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
        int before = bytes.position();
        CoderResult r = decoder.decode(bytes, chars, eof);
        offset += bytes.position() - before;
        if (r.isError()) {
          throw notUtf8(r.length());
        }
        if (eof && !bytes.hasRemaining()) {
          CoderResult f = decoder.flush(chars);
          if (f.isError()) {
            throw notUtf8(f.length());
          }
          flushed = true;
          break;
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  private NotUtf8Exception notUtf8(int length) {
    // lines already handed out plus those decoded but not yet read
    long at = line;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        at++;
      }
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      hex.append(String.format(Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ",
          bytes.get(bytes.position() + i) & 0xFF));
    }
    return new NotUtf8Exception(String.format(Locale.ROOT,
        "line %d, byte offset %d (%s) is not a UTF-8 character; the file must be UTF-8 "
            + "(save the file with UTF-8 encoding)", at, offset,
        hex.length() == 0 ? "a truncated character at the end" : "byte " + hex));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
