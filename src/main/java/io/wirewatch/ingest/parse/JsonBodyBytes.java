package io.wirewatch.ingest.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The UTF-8 of a JSON Lines article's body, read straight from the line's bytes: the escapes of
 * the top-level {@code "body"} string undone and every other byte copied as it is. JSON text is
 * UTF-8 already, so this gives the bytes that encoding the parsed body String would give, without
 * that second pass over every character (the largest single cost of the parsing thread).
 *
 * <p>Used only for a line the JSON parser has accepted, as a shortcut: where this reader is not
 * sure to give exactly the String's UTF-8, it returns null and the caller encodes the String. It
 * returns null when the line has no top-level {@code "body"} string or has two, when a top-level
 * key holds an escape (it might spell {@code body}), and when the body holds a surrogate, escaped
 * ({@code \ud83d}) or encoded as three bytes (which a String would re-pair or replace). A raw
 * four-byte character is copied, as its String would encode it.
 *
 * <p>Scans eight bytes at a time for the few bytes that matter (quote, backslash, non-ASCII), so
 * most of a body costs a load and a few arithmetic operations per eight bytes.
 */
final class JsonBodyBytes {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private JsonBodyBytes() {}

  /**
   * The UTF-8 of the top-level {@code "body"} string of the JSON object in {@code b[off, off + len)},
   * or null when this reader leaves it to the String (see the class comment).
   */
  static byte[] of(byte[] b, int off, int len) {
    int end = off + len;
    int i = skipSpace(b, off, end);
    if (i >= end || b[i] != '{') {
      return null;
    }
    i = skipSpace(b, i + 1, end);
    int bodyFrom = -1;
    int bodyTo = -1;
    while (i < end && b[i] == '"') {
      int keyEnd = stringEnd(b, i, end);
      if (keyEnd < 0 || indexOf(b, (byte) '\\', i + 1, keyEnd) >= 0) {
        return null;
      }
      boolean body = keyEnd - i == 5 && b[i + 1] == 'b' && b[i + 2] == 'o' && b[i + 3] == 'd' && b[i + 4] == 'y';
      i = skipSpace(b, keyEnd + 1, end);
      if (i >= end || b[i] != ':') {
        return null;
      }
      i = skipSpace(b, i + 1, end);
      int valueEnd = valueEnd(b, i, end);
      if (valueEnd < 0) {
        return null;
      }
      if (body) {
        if (bodyFrom >= 0 || b[i] != '"') {
          return null;
        }
        bodyFrom = i + 1;
        bodyTo = valueEnd - 1;
      }
      i = skipSpace(b, valueEnd, end);
      if (i < end && b[i] == '}') {
        return bodyFrom < 0 ? null : unescape(b, bodyFrom, bodyTo);
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

  private static int indexOf(byte[] b, byte x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** The index just after the JSON value that starts at {@code i}, or -1. */
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

  /** A set high bit in each byte of {@code w} equal to the byte repeated in {@code pattern}; exact for the lowest one. */
  private static long bytesEqual(long w, long pattern) {
    long v = w ^ pattern;
    return (v - ONES) & ~v & HIGHS;
  }

  /** The index of the quote that closes the string whose opening quote is at {@code open}, or -1. */
  private static int stringEnd(byte[] b, int open, int end) {
    int j = open + 1;
    while (true) {
      while (j + 8 <= end) {
        long w = (long) LONGS.get(b, j);
        long hit = bytesEqual(w, QUOTES) | bytesEqual(w, BACKSLASHES);
        if (hit != 0) {
          j += Long.numberOfTrailingZeros(hit) >>> 3;
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

  /** The UTF-8 of the string content {@code b[from, to)}, escapes undone; null for a surrogate. */
  private static byte[] unescape(byte[] b, int from, int to) {
    int length = unescapedLength(b, from, to);
    if (length < 0) {
      return null;
    }
    byte[] out = new byte[length];
    int o = 0;
    int i = from;
    while (true) {
      int bs = nextBackslash(b, i, to);
      System.arraycopy(b, i, out, o, bs - i);
      o += bs - i;
      if (bs >= to) {
        return out;
      }
      byte e = b[bs + 1];
      if (e == 'u') {
        o = writeUtf8(hex4(b, bs + 2), out, o);
        i = bs + 6;
      } else {
        out[o++] = unescaped(e);
        i = bs + 2;
      }
    }
  }

  /**
   * The number of bytes {@link #unescape} writes, or -1 when the content holds a surrogate or an
   * escape this reader does not know (the parser accepted the line, so there should be none).
   */
  private static int unescapedLength(byte[] b, int from, int to) {
    int length = 0;
    int i = from;
    while (i < to) {
      int stop = i;
      while (stop + 8 <= to) {
        long w = (long) LONGS.get(b, stop);
        long hit = bytesEqual(w, BACKSLASHES) | (w & HIGHS);
        if (hit != 0) {
          stop += Long.numberOfTrailingZeros(hit) >>> 3;
          break;
        }
        stop += 8;
      }
      while (stop < to && b[stop] != '\\' && b[stop] >= 0) {
        stop++;
      }
      length += stop - i;
      if (stop >= to) {
        break;
      }
      if (b[stop] < 0) {
        // a three-byte sequence from ED A0 up encodes a surrogate
        if (b[stop] == (byte) 0xED && stop + 1 < to && (b[stop + 1] & 0xFF) >= 0xA0) {
          return -1;
        }
        length++;
        i = stop + 1;
        continue;
      }
      if (stop + 1 >= to) {
        return -1;
      }
      byte e = b[stop + 1];
      if (e == 'u') {
        int c = stop + 6 <= to ? hex4(b, stop + 2) : -1;
        if (c < 0 || Character.isSurrogate((char) c)) {
          return -1;
        }
        length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        i = stop + 6;
      } else if (unescaped(e) != 0) {
        length++;
        i = stop + 2;
      } else {
        return -1;
      }
    }
    return length;
  }

  private static int nextBackslash(byte[] b, int i, int to) {
    while (i + 8 <= to) {
      long hit = bytesEqual((long) LONGS.get(b, i), BACKSLASHES);
      if (hit != 0) {
        return i + (Long.numberOfTrailingZeros(hit) >>> 3);
      }
      i += 8;
    }
    while (i < to && b[i] != '\\') {
      i++;
    }
    return i;
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
