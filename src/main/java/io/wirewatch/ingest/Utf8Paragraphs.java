package io.wirewatch.ingest;

/**
 * {@link Text}'s paragraph-form check on a body's UTF-8, for a body that a parser read as bytes
 * ({@link RawArticle.Builder#bodyUtf8}): true exactly when {@code Text.isParagraphs} is true of
 * the String those bytes decode to. The input is valid UTF-8 with no surrogate code points.
 *
 * <p>The characters the check is about are ASCII (space, line break, tab, CR, controls) or a few
 * two- and three-byte sequences (no-break and zero-width spaces, C1 controls, non-characters).
 * Eight bytes of printable ASCII, the bulk of any body, are checked at once.
 */
final class Utf8Paragraphs {
  private static final long ONES = ByteWords.ONES;
  private static final long HIGHS = ByteWords.HIGHS;
  private static final long LOW7 = ByteWords.repeated(0x7F);
  private static final long SPACES = ByteWords.repeated(' ');

  private Utf8Paragraphs() {}

  /** True when the text is already what {@link Text#paragraphs} would make of it. */
  static boolean isParagraphs(byte[] b) {
    int n = b.length;
    if (n == 0) {
      return true;
    }
    if (spaceAt(b, 0) || endsWithSpace(b)) {
      return false;
    }
    long doubled = 0;
    long prevSpace = 0; // 1 when the byte before i is a space
    int i = 0;
    while (i < n) {
      while (i + 8 <= n) {
        long w = ByteWords.get(b, i);
        // Any byte below 0x20 (exact: no byte borrows unless one is below), or from 0x7F up.
        if (((((w - SPACES) & ~w) | (w + ONES) | w) & HIGHS) != 0) {
          break;
        }
        long v = w ^ SPACES;
        long spaces = ~(((v & LOW7) + LOW7) | v | LOW7); // the high bit of each space byte, exactly
        doubled |= spaces & ((spaces << 8) | (prevSpace << 7));
        prevSpace = spaces >>> 63;
        i += 8;
      }
      if (i >= n) {
        break;
      }
      byte c = b[i];
      if (c >= 0x20 && c < 0x7F) {
        long space = c == ' ' ? 1 : 0;
        doubled |= space & prevSpace;
        prevSpace = space;
        i++;
        continue;
      }
      if (c == '\n') {
        // Neither end is whitespace, so b[i - 1] and b[i + 1] exist.
        if (b[i - 1] != '\n' ? b[i - 1] == ' ' || b[i + 1] != '\n' : spaceAt(b, i + 1)) {
          return false;
        }
      } else if (c >= 0 || controlOrSpaceAt(b, i)) {
        return false; // tab, CR, C0 controls, DEL; or a two- or three-byte space or control
      }
      prevSpace = 0;
      i++;
    }
    return doubled == 0;
  }

  /**
   * False when the text surely holds something other than whitespace (an ASCII byte that is not
   * {@link Character#isWhitespace}); true when only its String can say ({@link String#isBlank}).
   */
  static boolean mayBeBlank(byte[] b) {
    for (byte c : b) {
      if (c >= 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a character {@link Text#isSpace} starts at {@code i}. */
  private static boolean spaceAt(byte[] b, int i) {
    byte c = b[i];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r'
        || (c == (byte) 0xC2 && i + 1 < b.length && b[i + 1] == (byte) 0xA0)
        || (c == (byte) 0xE2 && i + 2 < b.length && b[i + 1] == (byte) 0x80 && isSpace3(b[i + 2]));
  }

  private static boolean endsWithSpace(byte[] b) {
    int n = b.length;
    byte c = b[n - 1];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r'
        || (n >= 2 && b[n - 2] == (byte) 0xC2 && c == (byte) 0xA0)
        || (n >= 3 && b[n - 3] == (byte) 0xE2 && b[n - 2] == (byte) 0x80 && isSpace3(c));
  }

  /** The last byte of U+2007, U+200B or U+202F, each E2 80 xx. */
  private static boolean isSpace3(byte last) {
    return last == (byte) 0x87 || last == (byte) 0x8B || last == (byte) 0xAF;
  }

  /**
   * Whether the non-ASCII byte at {@code i} starts a character that {@link Text#isControl} or
   * {@link Text#isSpace}: U+0080 to U+00A0 (C2 80 to C2 A0), U+2007, U+200B, U+202F, U+FFFE and
   * U+FFFF (EF BF BE, EF BF BF). A continuation byte starts nothing.
   */
  private static boolean controlOrSpaceAt(byte[] b, int i) {
    byte c = b[i];
    if (c == (byte) 0xC2) {
      return i + 1 < b.length && (b[i + 1] & 0xFF) <= 0xA0;
    }
    if (c == (byte) 0xE2) {
      return i + 2 < b.length && b[i + 1] == (byte) 0x80 && isSpace3(b[i + 2]);
    }
    if (c == (byte) 0xEF) {
      return i + 2 < b.length && b[i + 1] == (byte) 0xBF && (b[i + 2] == (byte) 0xBE || b[i + 2] == (byte) 0xBF);
    }
    return false;
  }
}
