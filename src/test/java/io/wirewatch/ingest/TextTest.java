package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void inlineCollapsesEveryKindOfSpaceAndDropsControlCharacters() {
    assertThat(Text.inline("  a\u00A0\u00A0b\t\r\nc\u200Bd\u0000e\u0085f  ")).isEqualTo("a b c def");
    assertThat(Text.inline("already clean")).isEqualTo("already clean");
    assertThat(Text.inline(" \t\n")).isEmpty();
  }

  @Test
  void paragraphsJoinHardWrappedLinesAndSeparateParagraphsByOneBlankLine() {
    assertThat(Text.paragraphs("\n\nOne\nline  wrapped.\r\n \t \r\n\n\nTwo.\n \n"))
        .isEqualTo("One line wrapped.\n\nTwo.");
    assertThat(Text.paragraphs("")).isEmpty();
  }

  @Test
  void normalisedTextIsLeftAsItIsAndAnythingElseIsNormalised() {
    String clean = "One line.\n\nTwo words here.";
    assertThat(Text.paragraphs(clean)).isSameAs(clean);
    assertThat(Text.inline("a b")).isSameAs("a b");
    for (String dirty : new String[] {"One.\n\n\nTwo.", "One. \n\nTwo.", "One.\nTwo.", "One.\n\n Two.",
        "One  two.", " One.", "One.\u00A0Two.", "One.\u0001"}) {
      String once = Text.paragraphs(dirty);
      assertThat(once).as(dirty).isNotEqualTo(dirty);
      assertThat(Text.paragraphs(once)).as("idempotent for " + dirty).isEqualTo(once);
    }
  }

  @Test
  void theQuickCheckForNormalTextAgreesWithNormalisingOnRandomText() {
    // Characters around which the check has a rule, mixed with plain letters; short strings so
    // that every arrangement of spaces and newlines at the edges and in runs comes up.
    char[] alphabet = {'a', 'b', '.', ' ', ' ', '\n', '\n', '\t', '\r', '\u00A0', '\u200B', '\u0001', '\u0085',
        '\u2019', '\uFFFF', '~', '\u007F'};
    java.util.Random random = new java.util.Random(7);
    int normal = 0;
    for (int k = 0; k < 200_000; k++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x';
      }
      String s = new String(text);
      boolean expected = Text.normaliseParagraphs(s).equals(s);
      assertThat(Text.isParagraphs(s)).as("%s", s.chars().mapToObj(c -> String.format("U+%04X", c)).toList())
          .isEqualTo(expected);
      normal += expected ? 1 : 0;
    }
    assertThat(normal).as("some random texts are already normal").isGreaterThan(10_000);
  }

  @Test
  void htmlBecomesParagraphsWithEntitiesDecodedAndScriptsDropped() {
    assertThat(Text.htmlToText("<p>A &amp; B<br>on &ldquo;two&rdquo; lines</p><script>x()</script>"
        + "<div>Next <a href='u'>link</a></div><ul><li>one</li><li>two</li></ul>"))
        .isEqualTo("A & B on “two” lines\n\nNext link\n\none\n\ntwo");
  }

  @Test
  void binaryIsRecognisedButTextWithAFewOddCharactersIsNot() {
    assertThat(Text.looksBinary("\u0001\u0002\u0003abc")).isTrue();
    assertThat(Text.looksBinary("a normal sentence in a long line of text ".repeat(4) + "with one \u0007 bell")).isFalse();
  }
}
