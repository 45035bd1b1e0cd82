package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
  private static byte[] viaJdk(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] viaBuffer(String s) {
    Utf8Buffer b = Utf8Buffer.get();
    int n = b.encode(s);
    return java.util.Arrays.copyOf(b.bytes(), n);
  }

  @Test
  void writesTheSameBytesAsGetBytesForEveryKindOfCharacter() {
    for (String s : new String[] {"", "a", "Pyongyang", "Élysée — “Quai d’Orsay”", "北朝鮮", "emoji 🇰🇵 flag",
        "lone high \uD83D end", "lone low \uDE00 here", "\uD83D", "\uDE00\uD83D", "ß ı ǅ"}) {
      assertThat(viaBuffer(s)).as(s).isEqualTo(viaJdk(s));
    }
  }

  @Test
  void surrogatePairsAcrossChunkBoundariesAndLongTextsStayExact() {
    Random random = new Random(3);
    char[] pool = {'a', 'Z', ' ', '\n', 'é', '—', '’', '中', '\uD83D', '\uDE00', '\uDFFF', '\uD800'};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(9000);
      for (int i = 0; i < len; i++) {
        b.append(pool[random.nextInt(pool.length)]);
      }
      String s = b.toString();
      assertThat(viaBuffer(s)).as("round %d, length %d", round, len).isEqualTo(viaJdk(s));
    }
    // a pair exactly on the boundary of the 2048-char chunks
    String edge = "x".repeat(2047) + "\uD83D\uDE00" + "y".repeat(3000);
    assertThat(viaBuffer(edge)).isEqualTo(viaJdk(edge));
  }
}
