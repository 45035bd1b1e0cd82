package io.wirewatch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.ingest.RawArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonBodyBytesTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] of(String line) {
    byte[] b = utf8(line);
    return JsonBodyBytes.of(b, 0, b.length);
  }

  /** Characters with rules of their own in JSON or UTF-8, and plain ones. */
  private static final int[] ALPHABET = {
      'a', 'Z', '7', ' ', '.', '"', '\\', '/', '\n', '\t', '\r', '\b', '\f', 0x01, 0x1F, 0x7F,
      0xE9, 0x7FF, 0x800, 0x2019, 0x201C, 0x2028, 0xFFFD, 0xFFFF, 0x1F30D, 0x10FFFF, 0xD83D, 0xDC00};

  /**
   * A JSON string for {@code s}, each character written raw or escaped at random where JSON allows
   * both, as different encoders do. Lone surrogates can only be written escaped.
   *
   * @param escapedSurrogate set to true when a surrogate was written as an escape
   */
  private static String jsonString(String s, Random r, boolean[] escapedSurrogate) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean mustEscape = c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          && r.nextBoolean()) {
        sb.append(c).append(s.charAt(++i)); // a raw pair: four bytes of UTF-8
      } else if (!mustEscape && r.nextInt(4) > 0) {
        sb.append(c);
      } else if (r.nextBoolean() && "\"\\/\b\f\n\r\t".indexOf(c) >= 0) {
        sb.append('\\').append("\"\\/bfnrt".charAt("\"\\/\b\f\n\r\t".indexOf(c)));
      } else {
        escapedSurrogate[0] |= Character.isSurrogate(c);
        sb.append(String.format(r.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
      }
    }
    return sb.append('"').toString();
  }

  @Test
  void givesTheUtf8OfTheParsedBodyForRandomTextAndEscapes() throws Exception {
    Random r = new Random(7);
    int read = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder body = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        body.appendCodePoint(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      String text = body.toString();
      boolean[] escapedSurrogate = new boolean[1];
      String ws = r.nextBoolean() ? "" : " \t";
      List<String> members = new ArrayList<>(List.of(
          "\"id\"" + ws + ":" + ws + r.nextInt(1000),
          "\"headline\":" + jsonString("Envoys \"meet\" \\ talk", r, new boolean[1]),
          "\"meta\":{\"body\":\"not this one\",\"list\":[1,\"}]\",{\"a\":null}]}",
          "\"keywords\":[\"body\",true,false,null,-1.5e3]",
          "\"body\"" + ws + ":" + ws + jsonString(text, r, escapedSurrogate)));
      Collections.shuffle(members, r);
      String line = ws + "{" + ws + String.join("," + ws, members) + ws + "}" + ws;

      JsonNode parsed = JsonArticles.mapper().readTree(line);
      assertThat(parsed.get("body").textValue()).as(line).isEqualTo(text); // the generator is sound
      byte[] got = of(line);
      if (escapedSurrogate[0]) {
        assertThat(got).as("an escaped surrogate is left to the String: " + line).isNull();
      } else {
        assertThat(got).as(line).isEqualTo(utf8(text));
        read++;
      }
    }
    assertThat(read).as("lines read from their bytes").isGreaterThan(2_000);
  }

  @Test
  void longBodiesCrossingEveryWordBoundaryAreExact() {
    for (int len = 0; len < 80; len++) {
      for (String filler : List.of("a", "é", "’", "\\n", "\\\\", "\\u00e9")) {
        String json = filler.repeat(len);
        String line = "{\"headline\":\"h\",\"body\":\"" + json + "\"}";
        String expected = filler.equals("\\n") ? "\n".repeat(len)
            : filler.equals("\\\\") ? "\\".repeat(len)
            : filler.equals("\\u00e9") ? "é".repeat(len) : json;
        assertThat(of(line)).as(line).isEqualTo(utf8(expected));
      }
    }
  }

  @Test
  void givesUpWhereItCannotBeSureOfTheBytes() {
    assertThat(of("{\"headline\":\"h\"}")).as("no body").isNull();
    assertThat(of("{\"body\":12}")).as("not a string").isNull();
    assertThat(of("{\"body\":null}")).as("null").isNull();
    assertThat(of("{\"body\":{\"body\":\"x\"}}")).as("an object").isNull();
    assertThat(of("{\"meta\":{\"body\":\"x\"}}")).as("only nested").isNull();
    assertThat(of("{\"body\":\"a\",\"body\":\"b\"}")).as("twice").isNull();
    assertThat(of("{\"b\\u006fdy\":\"x\"}")).as("escaped key").isNull();
    assertThat(of("[{\"body\":\"x\"}]")).as("not an object").isNull();
    assertThat(of("{\"body\":\"\\ud83c\\udf0d\"}")).as("escaped surrogates").isNull();
    assertThat(of("{\"body\":\"x\"")).as("unclosed").isNull();
    assertThat(of("{\"body\":\"x")).as("unterminated string").isNull();
    byte[] encodedSurrogate = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
    assertThat(JsonBodyBytes.of(encodedSurrogate, 0, encodedSurrogate.length)).as("surrogate in three bytes").isNull();
  }

  @Test
  void readsOnlyItsOwnRangeOfTheBuffer() {
    byte[] b = utf8("xx{\"body\":\"inside\"}{\"body\":\"after\"}");
    assertThat(JsonBodyBytes.of(b, 2, 17)).isEqualTo(utf8("inside"));
    assertThat(JsonBodyBytes.of(b, 2, 12)).as("cut off before its end").isNull();
  }

  /** What the parser hands its sink: the body's bytes when it has them, else null. */
  private static final class BytesSink implements ParseSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<byte[]> bodies = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
      article(article, null);
    }

    @Override
    public void article(RawArticle article, byte[] bodyUtf8) {
      articles.add(article);
      bodies.add(bodyUtf8);
    }

    @Override
    public void problem(String location, String reason, String detail) {
      throw new AssertionError(location + ": " + reason);
    }
  }

  @Test
  void jsonLinesParserHandsOnTheBytesOnlyForABodyItKeptAsItWas() throws Exception {
    String lines = String.join("\n",
        "{\"headline\":\"Envoys meet\",\"body\":\"They met \\u201cat length\\u201d.\\n\\nNo deal.\"}",
        "{\"headline\":\"Envoys meet\",\"body\":\"  They met.\\n\\n\\n\\nNo deal. \"}",
        "{\"uri\":\"urn:x\",\"headline\":\"Envoys meet\",\"body_text\":\"They met.\",\"body\":\"other\"}");
    BytesSink sink = new BytesSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(utf8(lines)), "f.jsonl", sink);

    assertThat(sink.articles).hasSize(3);
    assertThat(sink.bodies.get(0)).isEqualTo(utf8("They met “at length”.\n\nNo deal."));
    assertThat(sink.articles.get(1).body()).as("normalised").isEqualTo("They met.\n\nNo deal.");
    assertThat(sink.bodies.get(1)).as("a normalised body is not the line's bytes").isNull();
    assertThat(sink.bodies.get(2)).as("ninjs takes its body from body_text").isNull();
  }
}
