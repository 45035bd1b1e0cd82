package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8ParagraphsTest {
  /**
   * Characters the rules are about, their neighbours in UTF-8 (U+00A1 after the no-break space,
   * U+2006 and U+2028 beside the three-byte spaces, U+FFFD before the non-characters), and a
   * four-byte one.
   */
  private static final int[] ALPHABET = {' ', ' ', ' ', '\n', '\n', '\n', '\t', '\r', 0x01, 0x1F, 0x7F,
      0x85, 0x9F, 0xA0, 0xA1, 0xE9, 0x2006, 0x2007, 0x200B, 0x2019, 0x2028, 0x202F, 0xFFFD, 0xFFFE,
      0xFFFF, 0x1F30D, '~', '.'};

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int len = r.nextInt(40);
    for (int i = 0; i < len; i++) {
      // mostly letters, so that whole eight-byte words of plain ASCII come up often
      sb.appendCodePoint(r.nextInt(4) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : 'a' + r.nextInt(3));
    }
    return sb.toString();
  }

  private static String show(String s) {
    return s.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
  }

  @Test
  void agreesWithTheStringCheckOnRandomText() {
    Random r = new Random(11);
    int normal = 0;
    for (int k = 0; k < 300_000; k++) {
      String s = randomText(r);
      boolean expected = Text.isParagraphs(s);
      assertThat(Utf8Paragraphs.isParagraphs(s.getBytes(StandardCharsets.UTF_8))).as(show(s)).isEqualTo(expected);
      normal += expected ? 1 : 0;
    }
    assertThat(normal).as("some random texts are already paragraphs").isGreaterThan(20_000);
  }

  @Test
  void agreesOnLongParagraphsWithOneFlawAnywhere() {
    String clean = "The envoys met in Geneva on Tuesday. “No deal,” one said.\n\nTalks resume next week.";
    assertThat(Utf8Paragraphs.isParagraphs(clean.getBytes(StandardCharsets.UTF_8))).isTrue();
    for (String flaw : new String[] {"  ", "\n", "\n\n\n", " \n", "\t", "\u00A0", "\u200B", "\u0085", "\uFFFE"}) {
      for (int at = 0; at <= clean.length(); at++) {
        String s = clean.substring(0, at) + flaw + clean.substring(at);
        assertThat(Utf8Paragraphs.isParagraphs(s.getBytes(StandardCharsets.UTF_8))).as(show(s))
            .isEqualTo(Text.isParagraphs(s));
      }
    }
  }

  @Test
  void mayBeBlankIsFalseOnlyForTextThatIsNotBlank() {
    Random r = new Random(5);
    for (int k = 0; k < 100_000; k++) {
      String s = randomText(r).replaceAll("[a-c~.]", r.nextBoolean() ? " " : "$0");
      if (!Utf8Paragraphs.mayBeBlank(s.getBytes(StandardCharsets.UTF_8))) {
        assertThat(s.isBlank()).as(show(s)).isFalse();
      }
    }
    assertThat(Utf8Paragraphs.mayBeBlank("a".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(Utf8Paragraphs.mayBeBlank(" \n\t".getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void anArticleMadeFromUtf8IsTheArticleMadeFromItsString() {
    for (String body : new String[] {"They met.\n\nNo deal “yet”.", "  They met.\n\n\n\nNo deal. ", "", "\u3000",
        "\u00A0", "x"}) {
      byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
      RawArticle fromBytes = RawArticle.builder().headline("Envoys meet").bodyUtf8(utf8).origin("t").build();
      RawArticle fromString = RawArticle.builder().headline("Envoys meet").body(body).origin("t").build();
      assertThat(fromBytes).as(show(body)).isEqualTo(fromString);
      assertThat(fromBytes.body()).isEqualTo(fromString.body());
      assertThat(fromBytes.problem()).isEqualTo(fromString.problem());
      // only a body in paragraph form is kept as bytes; any other is normalised as a String
      assertThat(fromBytes.bodyUtf8() != null).as(show(body)).isEqualTo(Text.isParagraphs(body));
    }
  }
}
