package io.wirewatch.ingest.parse;

import java.io.IOException;
import java.io.InputStream;

/** Reads articles of one format from a stream. Implementations are thread-safe. */
public interface ArticleParser {
  /**
   * Reads every article in {@code in}, handing each one (or the problem with it) to {@code sink}.
   *
   * @param origin where the input comes from (a file path, a URL, {@code http}), set on each article
   * @throws IOException only when the stream itself fails; bad content is reported to the sink
   */
  void parse(InputStream in, String origin, ParseSink sink) throws IOException;
}
