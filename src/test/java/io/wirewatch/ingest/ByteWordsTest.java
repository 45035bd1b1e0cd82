package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteWordsTest {
  @Test
  void indexOfFindsTheFirstMatchAtEveryPositionAndRange() {
    Random r = new Random(3);
    for (int k = 0; k < 20_000; k++) {
      byte[] b = new byte[r.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // few distinct values, some negative, so matches and near-misses (x ^ 1, x + 1) are common
        b[i] = (byte) new int[] {'\n', '\n' ^ 1, '\n' + 1, 'a', 0x8A, 0, 0xFF}[r.nextInt(7)];
      }
      int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
      int to = from + r.nextInt(b.length - from + 1);
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(ByteWords.indexOf(b, '\n', from, to)).isEqualTo(expected);
    }
  }

  @Test
  void theLowestFlaggedByteOfAWordIsTheFirstMatch() {
    Random r = new Random(4);
    for (int k = 0; k < 100_000; k++) {
      byte[] b = new byte[8];
      for (int i = 0; i < 8; i++) {
        b[i] = (byte) new int[] {'"', '"' ^ 1, '"' + 1, 0, 0x80, 0xA2, r.nextInt(256)}[r.nextInt(7)];
      }
      long hits = ByteWords.equalBytes(ByteWords.get(b, 0), ByteWords.repeated('"'));
      int first = -1;
      for (int i = 0; i < 8; i++) {
        if (b[i] == '"') {
          first = i;
          break;
        }
      }
      assertThat(hits == 0 ? -1 : ByteWords.firstByte(hits)).isEqualTo(first);
    }
  }
}
