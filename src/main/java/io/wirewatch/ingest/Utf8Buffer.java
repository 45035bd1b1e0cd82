package io.wirewatch.ingest;

/**
 * The UTF-8 form of Strings, written into arrays that each thread reuses: the same bytes as
 * {@code s.getBytes(UTF_8)} (an unpaired surrogate becomes {@code ?}, as there), without the two
 * arrays that call allocates per string (one of three times the length, then the exact copy).
 * Wire copy holds curly quotes and dashes, so an article body is rarely Latin-1 and the JDK takes
 * its slow path; the content hash of 5 KB bodies was the largest single cost of ingest.
 *
 * <pre>{@code
 * Utf8Buffer buf = Utf8Buffer.get();
 * int n = buf.encode(body);            // first: encoding may replace the array
 * digest.update(buf.bytes(), 0, n);    // valid until this thread's next encode
 * }</pre>
 */
final class Utf8Buffer {
  private static final int CHUNK = 2048;
  private static final ThreadLocal<Utf8Buffer> LOCAL = ThreadLocal.withInitial(Utf8Buffer::new);

  private final char[] chars = new char[CHUNK + 1];
  private byte[] bytes = new byte[CHUNK * 3 + 4];

  private Utf8Buffer() {}

  /** This thread's buffer. */
  public static Utf8Buffer get() {
    return LOCAL.get();
  }

  /**
   * The bytes of the last {@link #encode}; overwritten by the next one on this thread. Call it
   * after {@code encode}, not in the same argument list before it: a long string gets a new array.
   */
  public byte[] bytes() {
    return bytes;
  }

  /** Encodes {@code s} into {@link #bytes()} and returns the number of bytes. */
  public int encode(String s) {
    int n = s.length();
    if (bytes.length < n * 3 + 4) {
      bytes = new byte[n * 3 + 4];
    }
    int o = 0;
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + CHUNK);
      // a surrogate pair is never split between two chunks
      if (to < n && Character.isHighSurrogate(s.charAt(to - 1)) && Character.isLowSurrogate(s.charAt(to))) {
        to++;
      }
      s.getChars(from, to, chars, 0);
      o = encode(chars, to - from, bytes, o);
      from = to;
    }
    return o;
  }

  /** Writes the UTF-8 of chars[0, len) to out from offset o; returns the offset after it. */
  private static int encode(char[] chars, int len, byte[] out, int o) {
    for (int i = 0; i < len; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[o++] = (byte) c;
      } else if (c < 0x800) {
        out[o++] = (byte) (0xC0 | (c >> 6));
        out[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          out[o++] = (byte) (0xF0 | (cp >> 18));
          out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          out[o++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          out[o++] = '?';
        }
      } else {
        out[o++] = (byte) (0xE0 | (c >> 12));
        out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return o;
  }
}
