package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The JMH ingest benchmark's own output check passes on the real path (run without JMH, once). */
class IngestPathBenchmarkTest {
  @Test
  void everyValueTheBenchmarkWritesReadsBackAsTheGeneratedArticle() throws Exception {
    IngestPathBenchmark b = new IngestPathBenchmark();
    b.setup();
    assertThatCode(b::verifyOutput).doesNotThrowAnyException();
  }
}
