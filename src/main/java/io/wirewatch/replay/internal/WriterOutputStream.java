package io.wirewatch.replay.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes in, characters out to a {@link Writer}: lets text exports go to a command's output
 * writer. A multi-byte character split across writes is held until its last byte arrives.
 * Closing flushes but does not close the writer, which belongs to the caller.
 */
public final class WriterOutputStream extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  public WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, bytes.remaining());
      bytes.put(b, off, n);
      off += n;
      len -= n;
      drain(false);
    }
  }

  private void drain(boolean end) throws IOException {
    bytes.flip();
    while (true) {
      var result = decoder.decode(bytes, chars, end);
      chars.flip();
      out.write(chars.array(), chars.position(), chars.remaining());
      chars.clear();
      if (!result.isOverflow()) {
        break;
      }
    }
    bytes.compact();
  }

  @Override
  public void flush() throws IOException {
    drain(false);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    drain(true);
    out.flush();
  }
}
