package io.wirewatch.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Article bodies for round-trip tests: text of an exact UTF-8 size in one writing system, already
 * in Wirewatch's documented plain-text form (paragraphs separated by one blank line, single
 * spaces, no leading or trailing whitespace, no control characters), so that what goes in is
 * exactly what must come out. Deterministic for a seed; the words are written here, not taken
 * from any article.
 */
public final class SampleTexts {
  private SampleTexts() {}

  /** Writing systems, each with words that exercise its part of UTF-8. */
  public enum Script {
    LATIN(" ", ". ", "The council met on Monday and the ministers said that talks would go on "
        + "after a long night of drafting while envoys waited outside the chamber for a vote on the text"),
    ACCENTED(" ", ". ", "Le ministère des Affaires étrangères a convoqué lundi l’ambassadeur après "
        + "une série de déclarations jugées inacceptables à São Paulo Łódź Kraków Málaga Zürich "
        + "Straße Ærø Þórshöfn Việt Nam négociations über Gespräche señal año crème brûlée"),
    CYRILLIC(" ", ". ", "Министерство иностранных дел заявило в понедельник что переговоры "
        + "продолжатся посол был вызван для вручения ноты протеста Київ Україна Београд Србија "
        + "санкции совет безопасности проект резолюции голосование"),
    ARABIC(" ", ". ", "قالت وزارة الخارجية يوم الاثنين إن المحادثات ستستمر وتم استدعاء السفير "
        + "لتسليمه مذكرة احتجاج مجلس الأمن مشروع القرار التصويت العقوبات الدبلوماسيين "
        + "عمّان الرياض القاهرة ٢٠٢٦ ١٢"),
    CJK("", "。", "外交部发言人星期一表示谈判将继续进行大使被召见并递交抗议照会安理会决议草案表决制裁"
        + "北京首尔东京外務省は月曜日に声明を発表した국제연합안전보장이사회결의안"),
    EMOJI(" ", ". ", "Talks 🕊️ resumed 📰 after the vote 🇺🇳 🇰🇵 🇨🇳 🇷🇺 with cheers 👏🏽 and "
        + "families 👨‍👩‍👧‍👦 waiting 😀 😂 🚀 🔥 𝕏 𝄞 🀄 mathematics 𝔸𝔹ℂ ancient 𓀀 𓁐"),
    COMBINING(" ", ". ", "Ne\u0301gociations a\u0300 Gene\u0300ve entre le Vie\u0302\u0301t Nam "
        + "et la Core\u0301e Ma\u0303e nin\u0303o Za\u0308hne नमस्ते विदेश मंत्रालय שָׁלוֹם עֲרָבִית "
        + "Z\u0335\u0321a\u0336l\u0337g\u0338o text a\u0328 e\u0327");

    private final String wordSeparator;
    private final String sentenceEnd;
    private final String[] words;

    Script(String wordSeparator, String sentenceEnd, String vocabulary) {
      this.wordSeparator = wordSeparator;
      this.sentenceEnd = sentenceEnd;
      this.words = wordSeparator.isEmpty() ? splitCodePoints(vocabulary) : vocabulary.split(" ");
    }

    private static String[] splitCodePoints(String s) {
      List<String> out = new ArrayList<>();
      // words of 2 to 4 code points
      int i = 0;
      int len = 2;
      while (i < s.length()) {
        int end = i;
        for (int k = 0; k < len && end < s.length(); k++) {
          end = s.offsetByCodePoints(end, 1);
        }
        out.add(s.substring(i, end));
        i = end;
        len = len == 4 ? 2 : len + 1;
      }
      return out.toArray(String[]::new);
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The sizes that matter for ingest, in UTF-8 bytes: both sides of every buffer it has had. */
  public static final int[] BOUNDARY_SIZES = {
    100, 2_047, 2_049, 3_000, 3_500, 3_988, 4_096, 4_199, 5_000, 6_147, 6_148, 6_149, 8_191, 8_193,
    16_383, 16_385, 20_000, 65_537, 200_000,
  };

  /**
   * A body of exactly {@code bytes} bytes of UTF-8 in {@code script}, in paragraph form.
   *
   * @param bytes at least 1
   */
  public static String body(Script script, int bytes, long seed) {
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes must be >= 1, got " + bytes);
    }
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(bytes);
    int size = 0;
    while (size < bytes) {
      if (sb.length() > 0) {
        boolean newParagraph = random.nextInt(6) == 0;
        String sep = newParagraph ? "\n\n" : script.sentenceEnd.strip().isEmpty() ? " " : script.sentenceEnd;
        if (newParagraph) {
          sb.append(script.sentenceEnd.strip());
          size += utf8(script.sentenceEnd.strip());
        }
        sb.append(sep);
        size += utf8(sep);
      }
      int n = 4 + random.nextInt(14);
      for (int w = 0; w < n && size < bytes; w++) {
        String word = script.words[random.nextInt(script.words.length)];
        String piece = (w == 0 ? "" : script.wordSeparator) + word;
        sb.append(piece);
        size += utf8(piece);
      }
    }
    return fit(sb.toString(), bytes);
  }

  /** Cuts {@code s} to at most {@code bytes} bytes on a code point, tidies its end, pads to the size with ASCII. */
  private static String fit(String s, int bytes) {
    StringBuilder out = new StringBuilder(s.length());
    int size = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = utf8Length(cp);
      if (size + n > bytes) {
        break;
      }
      out.appendCodePoint(cp);
      size += n;
      i += Character.charCount(cp);
    }
    // never end on whitespace, never leave a lone newline of a paragraph break
    while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1);
      size--;
    }
    while (size < bytes) {
      out.append('z');
      size++;
    }
    return out.toString();
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /** The length of {@code s} in UTF-8 bytes. */
  public static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
