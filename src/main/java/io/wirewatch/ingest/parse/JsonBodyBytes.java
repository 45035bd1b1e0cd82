package io.wirewatch.ingest.parse;

import io.wirewatch.ingest.ByteWords;
import java.util.Arrays;

/**
 * A JSON Lines article's body read straight from the line's bytes: the top-level {@code "body"}
 * string found, its escapes undone and every other byte copied as it is. JSON text is UTF-8
 * already, so the body need not be decoded into a String and encoded back (see {@link
 * JsonLinesParser}), and the JSON parser need not go over it either.
 *
 * <p>The body is checked here as strictly as the JSON parser would check it, or more: no control
 * character unescaped, only JSON's escapes, well-formed UTF-8 (RFC 3629: no overlong form, no
 * surrogate, nothing above U+10FFFF). This reader does not report errors; it gives up (null), and
 * the line takes the general path, which names the problem. It also gives up on an escaped
 * surrogate (such as <code>&#92;ud83d</code>), which a String would hold as half of a pair, so
 * that the bytes it gives are always those of the String the JSON parser would have made; and
 * when the line is not one object with exactly one top-level {@code "body"} string, or a
 * top-level key holds an escape (it might spell {@code body}).
 *
 * <p>Scans eight bytes at a time for the few bytes that matter (quote, backslash, control,
 * non-ASCII), so most of a body costs a load, a store and a few arithmetic operations per eight
 * bytes.
 */
final class JsonBodyBytes {
  private static final long QUOTES = ByteWords.repeated('"');
  private static final long BACKSLASHES = ByteWords.repeated('\\');
  private static final long SPACES = ByteWords.repeated(' ');

  private JsonBodyBytes() {}

  /**
   * The body of a line: its UTF-8, and where its string literal is in the line.
   *
   * @param quote the index of the literal's opening quote
   * @param after the index just after its closing quote
   */
  record Body(byte[] utf8, int quote, int after) {}

  /**
   * The top-level {@code "body"} string of the JSON object in {@code b[off, end)}, or null when
   * this reader leaves the line to the general path (see the class comment). The rest of the line
   * is only scanned for its structure, not checked: the caller has the JSON parser read it.
   */
  static Body read(byte[] b, int off, int end) {
    int i = skipSpace(b, off, end);
    if (i >= end || b[i] != '{') {
      return null;
    }
    i = skipSpace(b, i + 1, end);
    Body body = null;
    while (i < end && b[i] == '"') {
      int keyEnd = stringEnd(b, i, end);
      if (keyEnd < 0 || ByteWords.indexOf(b, '\\', i + 1, keyEnd) >= 0) {
        return null;
      }
      boolean isBody = keyEnd - i == 5 && b[i + 1] == 'b' && b[i + 2] == 'o' && b[i + 3] == 'd' && b[i + 4] == 'y';
      i = skipSpace(b, keyEnd + 1, end);
      if (i >= end || b[i] != ':') {
        return null;
      }
      i = skipSpace(b, i + 1, end);
      int valueEnd;
      if (isBody) {
        if (body != null || i >= end || b[i] != '"') {
          return null;
        }
        Scratch scratch = Scratch.forLength(end - i);
        valueEnd = unescape(b, i, end, scratch);
        if (valueEnd < 0) {
          return null;
        }
        body = new Body(Arrays.copyOf(scratch.out, scratch.length), i, valueEnd);
      } else {
        valueEnd = valueEnd(b, i, end);
        if (valueEnd < 0) {
          return null;
        }
      }
      i = skipSpace(b, valueEnd, end);
      if (i < end && b[i] == '}') {
        return body;
      }
      if (i >= end || b[i] != ',') {
        return null;
      }
      i = skipSpace(b, i + 1, end);
    }
    return null;
  }

  private static int skipSpace(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  /** The index just after the JSON value that starts at {@code i}, or -1; its structure only. */
  private static int valueEnd(byte[] b, int i, int end) {
    if (i >= end) {
      return -1;
    }
    byte c = b[i];
    if (c == '"') {
      int close = stringEnd(b, i, end);
      return close < 0 ? -1 : close + 1;
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      for (int j = i; j < end; j++) {
        byte d = b[j];
        if (d == '"') {
          j = stringEnd(b, j, end);
          if (j < 0) {
            return -1;
          }
        } else if (d == '{' || d == '[') {
          depth++;
        } else if ((d == '}' || d == ']') && --depth == 0) {
          return j + 1;
        }
      }
      return -1;
    }
    int j = i;
    while (j < end && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t'
        && b[j] != '\r' && b[j] != '\n') {
      j++;
    }
    return j == i ? -1 : j;
  }

  /** The index of the quote that closes the string whose opening quote is at {@code open}, or -1. */
  private static int stringEnd(byte[] b, int open, int end) {
    int j = open + 1;
    while (true) {
      while (j + 8 <= end) {
        long w = ByteWords.get(b, j);
        long hit = ByteWords.equalBytes(w, QUOTES) | ByteWords.equalBytes(w, BACKSLASHES);
        if (hit != 0) {
          j += ByteWords.firstByte(hit);
          break;
        }
        j += 8;
      }
      while (j < end && b[j] != '"' && b[j] != '\\') {
        j++;
      }
      if (j >= end) {
        return -1;
      }
      if (b[j] == '"') {
        return j;
      }
      j += 2; // a backslash and the character it escapes
    }
  }

  /**
   * Checks and undoes the escapes of the string whose opening quote is at {@code open}, writing
   * its UTF-8 into {@code scratch}; returns the index after its closing quote, or -1 when it gives
   * up. One pass: each eight bytes of printable ASCII other than quote and backslash are stored as
   * they were loaded.
   */
  private static int unescape(byte[] b, int open, int end, Scratch scratch) {
    byte[] out = scratch.out;
    int o = 0;
    int i = open + 1;
    while (true) {
      while (i + 8 <= end) {
        long w = ByteWords.get(b, i);
        ByteWords.set(out, o, w); // the output never runs ahead of the input, and has 8 bytes to spare
        // quote, backslash, below 0x20 (exact for the lowest: nothing borrows below it), non-ASCII
        long hit = ByteWords.equalBytes(w, QUOTES) | ByteWords.equalBytes(w, BACKSLASHES)
            | (((w - SPACES) & ~w) | w) & ByteWords.HIGHS;
        if (hit != 0) {
          int k = ByteWords.firstByte(hit);
          o += k;
          i += k;
          break;
        }
        o += 8;
        i += 8;
      }
      while (i < end && b[i] >= 0x20 && b[i] != '"' && b[i] != '\\') {
        out[o++] = b[i++];
      }
      if (i >= end) {
        return -1;
      }
      byte c = b[i];
      if (c == '"') {
        scratch.length = o;
        return i + 1;
      }
      if (c < 0) {
        int n = utf8Length(b, i, end);
        if (n < 0) {
          return -1;
        }
        System.arraycopy(b, i, out, o, n);
        o += n;
        i += n;
      } else if (c != '\\') {
        return -1; // a control character, which JSON allows only escaped
      } else if (i + 1 < end && b[i + 1] == 'u') {
        int cp = i + 6 <= end ? hex4(b, i + 2) : -1;
        if (cp < 0 || Character.isSurrogate((char) cp)) {
          return -1;
        }
        o = writeUtf8(cp, out, o);
        i += 6;
      } else {
        byte u = i + 1 < end ? unescaped(b[i + 1]) : 0;
        if (u == 0) {
          return -1;
        }
        out[o++] = u;
        i += 2;
      }
    }
  }

  /**
   * The length of the well-formed UTF-8 sequence of two to four bytes at {@code b[i]}, or -1
   * (RFC 3629, table 3-7 of the Unicode standard: no overlong form, no surrogate, at most U+10FFFF).
   */
  static int utf8Length(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      if (lead == 0xE0) {
        lo = 0xA0;
      } else if (lead == 0xED) {
        hi = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      if (lead == 0xF0) {
        lo = 0x90;
      } else if (lead == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return -1;
    }
    if (i + n > end) {
      return -1;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return -1;
    }
    for (int k = i + 2; k < i + n; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return n;
  }

  /** A buffer per thread for {@link #unescape}, kept up to {@value #KEEP_MAX} bytes. */
  private static final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(() -> new Scratch(16 * 1024));
    private static final int KEEP_MAX = 1 << 20;

    final byte[] out;
    int length;

    private Scratch(int capacity) {
      out = new byte[capacity];
    }

    /** A buffer for the strings of a line of {@code lineLength} bytes. */
    static Scratch forLength(int lineLength) {
      Scratch s = LOCAL.get();
      if (s.out.length >= lineLength + 8) {
        return s;
      }
      Scratch bigger = new Scratch(lineLength + 8);
      if (bigger.out.length <= KEEP_MAX) {
        LOCAL.set(bigger);
      }
      return bigger;
    }
  }

  /** The character a one-letter escape stands for, or 0 when it is not one. */
  private static byte unescaped(byte e) {
    return switch (e) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> 0;
    };
  }

  /** The value of four hex digits at {@code i}, or -1. */
  private static int hex4(byte[] b, int i) {
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  private static int writeUtf8(int c, byte[] out, int o) {
    if (c < 0x80) {
      out[o++] = (byte) c;
    } else if (c < 0x800) {
      out[o++] = (byte) (0xC0 | (c >> 6));
      out[o++] = (byte) (0x80 | (c & 0x3F));
    } else {
      out[o++] = (byte) (0xE0 | (c >> 12));
      out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      out[o++] = (byte) (0x80 | (c & 0x3F));
    }
    return o;
  }
}
