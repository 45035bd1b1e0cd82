package io.wirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class IngestBenchTest {
  private static final IngestBench.Generator GEN = new IngestBench.Generator(5000, 42);

  @Test
  void theInputReadsAsItsLinesOneAfterAnotherWhateverTheReadSizes() {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 40; i++) {
      expected.writeBytes(GEN.line("t", i));
    }
    Random random = new Random(5);
    for (int size : new int[] {1, 7, 4096, 65536}) {
      IngestBench.JsonLinesInput in = GEN.lines("t", 40);
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] chunk = new byte[size + 3];
      int n;
      while ((n = in.read(chunk, 3, 1 + random.nextInt(size))) > 0) {
        read.write(chunk, 3, n);
      }
      assertThat(n).isEqualTo(-1);
      assertThat(read.toByteArray()).as("reads of up to %d bytes", size).isEqualTo(expected.toByteArray());
      assertThat(in.bytes).isEqualTo(expected.size());
    }
    IngestBench.JsonLinesInput single = GEN.lines("t", 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = single.read()) >= 0) {
      bytes.write(b);
    }
    assertThat(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\"id\":\"bench-t-0\",\"headline\":").contains("\n{\"id\":\"bench-t-1\"").endsWith("}\n");
  }

  @Test
  void linesAreFiveKilobyteArticlesWithDistinctIds() {
    byte[] line = GEN.line("t", 7);
    assertThat(line.length).isBetween(4_800, 5_400);
    assertThat(new String(line, java.nio.charset.StandardCharsets.UTF_8)).contains("\"id\":\"bench-t-7\"");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndUnknownCpuStaysUnknown() {
    assertThat(IngestBench.Comparison.median(DoubleStream.of(3, 1, 2))).isEqualTo(2.0);
    assertThat(IngestBench.Comparison.median(DoubleStream.of(4, 1, 3, 2))).isEqualTo(2.5);
    assertThat(IngestBench.Comparison.median(DoubleStream.of(1, Double.NaN))).isNaN();
    assertThat(IngestBench.Comparison.median(DoubleStream.empty())).isNaN();
  }
}
