package io.wirewatch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonBodyBytesTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The body's UTF-8 as read from a whole line, or null when the reader gives up. */
  private static byte[] of(byte[] line) {
    JsonBodyBytes.Body body = JsonBodyBytes.read(line, 0, line.length);
    return body == null ? null : body.utf8();
  }

  private static byte[] of(String line) {
    return of(utf8(line));
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
      StringBuilder chars = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        chars.appendCodePoint(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      String text = chars.toString();
      boolean[] escapedSurrogate = new boolean[1];
      String ws = r.nextBoolean() ? "" : " \t";
      String body = jsonString(text, r, escapedSurrogate);
      String before = "{\"id\":" + r.nextInt(1000) + "," + ws + "\"body\"" + ws + ":" + ws;
      String line = before + body + ws + ",\"headline\":" + jsonString("Envoys \"meet\" \\ talk", r, new boolean[1]) + "}";

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
    assertThat(of("{\"body\":\"\\ud83c\\udf0d\"}")).as("escaped surrogates").isNull();
    assertThat(of("{\"body\":\"x")).as("unterminated string").isNull();
    assertThat(of("{\"body\":\"x\\")).as("cut off in an escape").isNull();
    assertThat(of("{\"body\":\"x\\u00")).as("cut off in a \\u escape").isNull();
    assertThat(of(withRawBody(0xED, 0xA0, 0x80))).as("surrogate in three bytes").isNull();
    assertThat(of(withRawBody(0xED, 0x95, 0x9C))).as("U+D55C, below the surrogates").isEqualTo(utf8("\uD55C"));
  }

  /** {@code {"body":"…"}} with the given bytes between the quotes. */
  private static byte[] withRawBody(int... bytes) {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    line.writeBytes(utf8("{\"body\":\""));
    for (int x : bytes) {
      line.write(x);
    }
    line.writeBytes(utf8("\"}"));
    return line.toByteArray();
  }

  private static JsonBodyBytes.Body read(String line) {
    byte[] b = utf8(line);
    return JsonBodyBytes.read(b, 0, b.length);
  }

  @Test
  void findsTheTopLevelBodyAndWhereItsLiteralIs() {
    String line = " {\"meta\":{\"body\":\"no\",\"a\":[1,\"}]\",{\"b\":null}]},\"n\":-1.5e3, \"body\" : \"Caf\\u00e9 \\\"x\\\"\" ,\"t\":true} ";
    JsonBodyBytes.Body body = read(line);
    assertThat(body.utf8()).isEqualTo(utf8("Café \"x\""));
    assertThat(line.charAt(body.quote())).isEqualTo('"');
    assertThat(line.substring(body.quote(), body.after())).isEqualTo("\"Caf\\u00e9 \\\"x\\\"\"");
  }

  @Test
  void leavesEveryOtherShapeOfLineToTheGeneralPath() {
    assertThat(read("{\"headline\":\"h\"}")).as("no body").isNull();
    assertThat(read("{\"body\":12}")).as("not a string").isNull();
    assertThat(read("{\"body\":null}")).as("null").isNull();
    assertThat(read("{\"body\":{\"body\":\"x\"}}")).as("an object").isNull();
    assertThat(read("{\"meta\":{\"body\":\"x\"}}")).as("only nested").isNull();
    assertThat(read("{\"body\":\"a\",\"body\":\"b\"}")).as("twice").isNull();
    assertThat(read("{\"b\\u006fdy\":\"x\"}")).as("escaped key").isNull();
    assertThat(read("[{\"body\":\"x\"}]")).as("not an object").isNull();
    assertThat(read("{\"body\":\"x\"")).as("unclosed").isNull();
    assertThat(read("{\"body\":\"x\" \"y\":1}")).as("no comma").isNull();
    assertThat(read("{\"body\":\"tab\there\"}")).as("a raw control character").isNull();
    assertThat(read("{\"body\":\"a\\qb\"}")).as("not an escape").isNull();
  }

  @Test
  void acceptsExactlyTheWellFormedUtf8SequencesTheJdkDecoderAccepts() throws Exception {
    java.nio.charset.CharsetDecoder strict = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
    Random r = new Random(9);
    int[] leads = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3,
        0xF4, 0xF5, 0xFF};
    int[] tails = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    int accepted = 0;
    for (int k = 0; k < 50_000; k++) {
      byte[] seq = new byte[1 + r.nextInt(4)];
      seq[0] = (byte) leads[r.nextInt(leads.length)];
      for (int i = 1; i < seq.length; i++) {
        seq[i] = (byte) tails[r.nextInt(tails.length)];
      }
      int n = JsonBodyBytes.utf8Length(seq, 0, seq.length);
      boolean jdk;
      try {
        // well formed, and one character: not a shorter sequence followed by ASCII
        jdk = strict.reset().decode(java.nio.ByteBuffer.wrap(seq)).codePoints().count() == 1;
      } catch (java.nio.charset.CharacterCodingException e) {
        jdk = false;
      }
      // the whole array is one sequence exactly when the JDK's strict decoder reads one character
      assertThat(n == seq.length).as(java.util.HexFormat.of().formatHex(seq)).isEqualTo(jdk);
      accepted += jdk ? 1 : 0;
    }
    assertThat(accepted).isGreaterThan(500);
  }

  @Test
  void readsOnlyUpToItsEnd() {
    byte[] b = utf8("{\"body\":\"inside\"}{\"body\":\"after\"}");
    assertThat(JsonBodyBytes.read(b, 0, b.length).utf8()).isEqualTo(utf8("inside"));
    assertThat(JsonBodyBytes.read(b, 0, 12)).as("cut off before its closing quote").isNull();
  }
}
