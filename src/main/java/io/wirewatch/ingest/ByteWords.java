package io.wirewatch.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time: the scans over a 5 KB article (line breaks, quotes and escapes, paragraph
 * form) look for a few byte values among mostly plain ASCII, and test a whole {@code long} of
 * bytes at once instead of each byte. Bytes are read little-endian, so byte {@code k} of a word is
 * bits {@code 8k} to {@code 8k + 7}, and the first hit is the lowest set bit.
 */
public final class ByteWords {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  public static final long ONES = 0x0101010101010101L;
  public static final long HIGHS = 0x8080808080808080L;

  private ByteWords() {}

  /** The eight bytes from {@code b[i]}; {@code i + 8 <= b.length}. */
  public static long get(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** Writes eight bytes at {@code b[i]}; {@code i + 8 <= b.length}. */
  public static void set(byte[] b, int i, long w) {
    LONGS.set(b, i, w);
  }

  /** {@code x} in each of the eight bytes of a word. */
  public static long repeated(int x) {
    return (x & 0xFFL) * ONES;
  }

  /**
   * The high bit of each byte of {@code w} that equals the byte of {@code pattern} (see {@link
   * #repeated}): exact for the lowest such byte, and nonzero exactly when there is one. A byte
   * above a match may be flagged too, so only the lowest bit is to be trusted.
   */
  public static long equalBytes(long w, long pattern) {
    long v = w ^ pattern;
    return (v - ONES) & ~v & HIGHS;
  }

  /** The index of the byte flagged by the lowest set bit of {@code hits}, counted from the word's first byte. */
  public static int firstByte(long hits) {
    return Long.numberOfTrailingZeros(hits) >>> 3;
  }

  /** The index of the first {@code x} in {@code b[from, to)}, or -1. */
  public static int indexOf(byte[] b, int x, int from, int to) {
    long pattern = repeated(x);
    int i = from;
    while (i + 8 <= to) {
      long hits = equalBytes(get(b, i), pattern);
      if (hits != 0) {
        return i + firstByte(hits);
      }
      i += 8;
    }
    for (; i < to; i++) {
      if (b[i] == (byte) x) {
        return i;
      }
    }
    return -1;
  }
}
