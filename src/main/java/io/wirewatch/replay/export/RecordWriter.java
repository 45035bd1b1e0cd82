package io.wirewatch.replay.export;

import java.io.Closeable;
import java.io.IOException;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes replayed values to a stream, one at a time, holding nothing but a buffer. Closing it
 * finishes the format (e.g. the last Avro block) and closes the stream. Not thread-safe.
 */
public interface RecordWriter extends Closeable {
  void write(SpecificRecord value) throws IOException;

  /** Values written so far. */
  long written();
}
