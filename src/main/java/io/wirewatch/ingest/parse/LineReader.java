package io.wirewatch.ingest.parse;

import io.wirewatch.ingest.ByteWords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines from bytes with a length limit and strict UTF-8, so that one hostile line (50 MB of
 * junk, invalid byte sequences) costs bounded memory and is reported on its own while the lines
 * after it are still read. Not thread-safe.
 */
public final class LineReader {
  /** The result of one {@link #next()} call. */
  public sealed interface Line {
    /** 1-based line number. */
    int number();
  }

  public record TextLine(int number, String text) implements Line {}

  public record TooLong(int number, long bytes) implements Line {}

  public record BadEncoding(int number, String detail) implements Line {}

  /**
   * A line's bytes, undecoded (see {@link #nextBytes()}): {@code bytes[offset, offset + length)},
   * in the reader's own buffer, so valid only until its next read.
   */
  public record ByteLine(int number, byte[] bytes, int offset, int length) implements Line {}

  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private int number;
  private boolean eof;

  public LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its terminator (\n or \r\n), or null at the end of input. */
  public Line next() throws IOException {
    return read(true);
  }

  /**
   * As {@link #next()}, but a line that fits is returned as its bytes ({@link ByteLine}), not
   * decoded: for parsers that read UTF-8 themselves (and report bad bytes themselves). The bytes
   * are not copied out of the reader's buffer (a copy of each 5 KB line was a measurable part of
   * ingest): use them before the next call.
   */
  public Line nextBytes() throws IOException {
    return read(false);
  }

  private Line read(boolean decodeText) throws IOException {
    if (eof && chunkPos >= chunkLen) {
      return null;
    }
    int len = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          eof = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = chunkPos;
      int nl = ByteWords.indexOf(chunk, '\n', chunkPos, chunkLen);
      int end = nl < 0 ? chunkLen : nl;
      int n = end - start;
      total += n;
      if (total <= maxBytes) {
        if (len + n > line.length) {
          line = Arrays.copyOf(line, Math.max(len + n, Math.min(maxBytes, line.length * 2)));
        }
        System.arraycopy(chunk, start, line, len, n);
        len += n;
      }
      chunkPos = nl < 0 ? chunkLen : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (total > maxBytes) {
      line = new byte[1024]; // give back the big buffer
      return new TooLong(number, total);
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    int off = 0;
    if (number == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      off = 3; // byte-order mark
    }
    return decodeText ? decode(off, len - off) : new ByteLine(number, line, off, len - off);
  }

  private Line decode(int off, int len) {
    try {
      return new TextLine(number, decoder.decode(ByteBuffer.wrap(line, off, len)).toString());
    } catch (CharacterCodingException e) {
      return new BadEncoding(number, "not valid UTF-8 (" + e.getMessage() + ")");
    }
  }
}
