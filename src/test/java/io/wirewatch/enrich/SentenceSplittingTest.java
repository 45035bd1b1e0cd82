package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.enrich.internal.Sentences;
import io.wirewatch.enrich.internal.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplittingTest {
  static List<String> split(String text) {
    Tokens t = Tokens.of(text);
    return Sentences.split(t).stream().map(s -> t.span(s[0], s[1])).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("The U.S. and the U.N. met Mr. Kim on Jan. 5 in Washington. It ended."))
        .containsExactly("The U.S. and the U.N. met Mr. Kim on Jan. 5 in Washington.", "It ended.");
  }

  @Test
  void abbreviationAtSentenceEndBeforeAnOpenerSplits() {
    assertThat(split("Sanctions were imposed by the U.S. The move angered Beijing."))
        .containsExactly("Sanctions were imposed by the U.S.", "The move angered Beijing.");
  }

  @Test
  void blankLineEndsASentenceAndDecimalsDoNot() {
    assertThat(split("Output rose 3.5 percent\n\nNext paragraph"))
        .containsExactly("Output rose 3.5 percent", "Next paragraph");
  }

  @Test
  void aListsHeadingEndsWhereItsFirstItemOpensALine() {
    assertThat(split("Key developments:\n- The Council renewed the embargo.\n- China put a hold on a listing."))
        .containsExactly("Key developments:", "- The Council renewed the embargo.", "- China put a hold on a listing.");
    // a colon inside a line, or before a line that opens with no bullet, goes on with its sentence
    assertThat(split("He said: - we will not yield.")).hasSize(1);
    assertThat(split("The envoy told reporters:\nWe will not yield.")).hasSize(1);
  }

  static List<String> splitGerman(String text) {
    Tokens t = Tokens.of(text);
    return Sentences.split(t, true).stream().map(s -> t.span(s[0], s[1])).toList();
  }

  @Test
  void germanOrdinalsDoNotEndSentencesButSmallNumbersBeforeAnOpenerDo() {
    assertThat(splitGerman("Die Slowakei blockiert das 18. EU-Sanktionspaket. Am 3. März lenkte sie ein."))
        .containsExactly("Die Slowakei blockiert das 18. EU-Sanktionspaket.", "Am 3. März lenkte sie ein.");
    assertThat(splitGerman("Die Zahl der Toten stieg auf 12. Die Polizei ermittelt."))
        .containsExactly("Die Zahl der Toten stieg auf 12.", "Die Polizei ermittelt.");
    assertThat(splitGerman("Der Konflikt begann 2014. Russland bestreitet das."))
        .containsExactly("Der Konflikt begann 2014.", "Russland bestreitet das.");
    assertThat(split("The vote was held on March 18. Russia abstained."))
        .containsExactly("The vote was held on March 18.", "Russia abstained.");
  }

  @Test
  void aQuotationOfSeveralSentencesStaysWithItsAttribution() {
    assertThat(split("« Ce veto est honteux. Il dit au monde que rien ne compte », a lancé l'ambassadeur. La séance a été levée."))
        .containsExactly("« Ce veto est honteux. Il dit au monde que rien ne compte », a lancé l'ambassadeur.",
            "La séance a été levée.");
    assertThat(split("\u201CToday's veto is shameful. It shields a regime,\u201D the deputy ambassador said. Russia disagreed."))
        .containsExactly("\u201CToday's veto is shameful. It shields a regime,\u201D the deputy ambassador said.", "Russia disagreed.");
    assertThat(split("\u201EDas ist beschämend. Wir protestieren\u201C, sagte der Botschafter. Moskau schwieg."))
        .containsExactly("\u201EDas ist beschämend. Wir protestieren\u201C, sagte der Botschafter.", "Moskau schwieg.");
    // a quotation closed without an attribution, or one left open, is split as usual
    assertThat(split("He read the note: \"We are leaving. The talks are over.\" Nobody answered."))
        .containsExactly("He read the note: \"We are leaving.", "The talks are over.\"", "Nobody answered.");
    assertThat(split("« Nous partons. Les pourparlers sont terminés.\n\nPersonne n'a répondu."))
        .containsExactly("« Nous partons.", "Les pourparlers sont terminés.", "Personne n'a répondu.");
  }
}
