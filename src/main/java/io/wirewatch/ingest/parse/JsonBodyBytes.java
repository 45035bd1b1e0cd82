package io.wirewatch.ingest.parse;

import io.wirewatch.ingest.ByteWords;
import java.util.Arrays;

/**
 * The UTF-8 of a JSON string value, read straight from the JSON bytes: its escapes undone and
 * every other byte copied as it is. JSON text is UTF-8 already, so a JSON Lines body need not be
 * decoded into a String and encoded back (see {@link JsonLinesParser}).
 *
 * <p>Used only for a string the JSON parser checks as well (it skips over it, checking the UTF-8
 * and the escapes): this reader does not report errors, it gives up. It gives up (null) on a
 * surrogate, escaped ({@code \ud83d}) or encoded in three bytes, which a String would hold as
 * half of a pair or replace, so that the bytes it gives are always those of the String the parser
 * would have made. A raw four-byte character is copied, as its String would encode it.
 *
 * <p>Scans eight bytes at a time for the few bytes that matter (quote, backslash, {@code ED}), so
 * most of a body costs a load, a store and a few arithmetic operations per eight bytes.
 */
final class JsonBodyBytes {
  private static final long QUOTES = ByteWords.repeated('"');
  private static final long BACKSLASHES = ByteWords.repeated('\\');
  private static final long EDS = ByteWords.repeated(0xED);

  private JsonBodyBytes() {}

  /**
   * The UTF-8 of the JSON string whose opening quote is at {@code b[quote]}, its escapes undone,
   * or null when this reader leaves it to the String (a surrogate, or no closing quote before
   * {@code end}).
   */
  static byte[] string(byte[] b, int quote, int end) {
    if (quote < 0 || quote >= end || b[quote] != '"') {
      return null;
    }
    Scratch scratch = Scratch.forLength(end - quote);
    return unescape(b, quote, end, scratch) < 0 ? null : Arrays.copyOf(scratch.out, scratch.length);
  }

  /**
   * Undoes the escapes of the string whose opening quote is at {@code open}, writing its UTF-8
   * into {@code scratch}; returns the index after its closing quote, or -1 for a surrogate, an
   * escape this reader does not know (the parser accepted the line, so there should be none) or
   * no closing quote. One pass: each eight bytes with no quote, backslash or {@code ED} (the lead
   * byte of an encoded surrogate) are stored as they were loaded.
   */
  private static int unescape(byte[] b, int open, int end, Scratch scratch) {
    byte[] out = scratch.out;
    int o = 0;
    int i = open + 1;
    while (true) {
      while (i + 8 <= end) {
        long w = ByteWords.get(b, i);
        ByteWords.set(out, o, w); // the output never runs ahead of the input, and has 8 bytes to spare
        long hit = ByteWords.equalBytes(w, QUOTES) | ByteWords.equalBytes(w, BACKSLASHES) | ByteWords.equalBytes(w, EDS);
        if (hit != 0) {
          int k = ByteWords.firstByte(hit);
          o += k;
          i += k;
          break;
        }
        o += 8;
        i += 8;
      }
      while (i < end && b[i] != '"' && b[i] != '\\' && b[i] != (byte) 0xED) {
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
      if (c == (byte) 0xED) {
        // ED A0 to ED BF encode a surrogate, which a String would hold as one char of a pair
        if (i + 1 < end && (b[i + 1] & 0xFF) >= 0xA0) {
          return -1;
        }
        out[o++] = c;
        i++;
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
