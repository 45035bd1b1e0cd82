package io.wirewatch.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text's tokens get the {@link Vocab} numbers of their folded forms, whichever look-up path a word takes. */
class TokensVocabTest {
  @Test
  void everyTokenHasTheNumberOfItsFoldedForm() {
    String[] words = {"a", "z9", "sanction", "sanctions", "12345678", "123456789", "vocabtestword", "président", "#year",
        "q&a", "-", "'"};
    for (String w : words) {
      Vocab.intern(w);
    }
    Vocab.Table table = Vocab.table(Vocab.intern("vocabtestword") + 1);
    Tokens t = Tokens.of("A z9 Sanction SANCTIONS sanctionS 12345678 123456789 VocabTestWord Président "
        + "sanctio sanctionss vocabtestwor #year Q&A – ’ 2026 notavocabword");
    int[] ids = t.ids(table.size);
    for (int i = 0; i < t.size; i++) {
      assertThat(ids[i]).as("token %d, %s", i, t.norm[i]).isEqualTo(table.id(t.norm[i]));
    }
    assertThat(ids[0]).isEqualTo(table.id("a")).isNotNegative();
    assertThat(ids[2]).isEqualTo(table.id("sanction")).isNotNegative();
    assertThat(t.norm[3]).isEqualTo("sanctions");
    assertThat(t.norm[4]).isEqualTo("sanctions");
    assertThat(ids[3]).isEqualTo(ids[4]).isEqualTo(table.id("sanctions")).isNotNegative();
    assertThat(ids[6]).isEqualTo(table.id("123456789")).isNotNegative();
    assertThat(ids[7]).isEqualTo(table.id("vocabtestword")).isNotNegative();
    assertThat(t.norm[9]).isEqualTo("sanctio");
    assertThat(ids[9]).isEqualTo(-1);
  }

  @Test
  void packingTellsShortAsciiWordsApart() {
    assertThat(Vocab.pack("a")).isNotEqualTo(Vocab.pack("aa")).isNotZero();
    assertThat(Vocab.pack("ab")).isNotEqualTo(Vocab.pack("ba"));
    assertThat(Vocab.pack("12345678")).isNotZero();
    assertThat(Vocab.pack("123456789")).isZero();
    assertThat(Vocab.pack("")).isZero();
    assertThat(Vocab.pack("é")).isZero();
  }
}
