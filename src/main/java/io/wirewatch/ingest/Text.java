package io.wirewatch.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Text normalisation shared by every parser, so that the same words always hash the same. */
public final class Text {

  private Text() {}

  /** Null for null or blank strings, else the string unchanged. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** One line: control characters dropped, runs of whitespace collapsed to one space, trimmed. */
  public static String inline(String s) {
    if (s == null) {
      return null;
    }
    // Hand-written passes: normalisation runs over every body, and regex replaceAll passes here
    // were the largest CPU cost of ingest. Most input is already clean: check before copying.
    if (isInline(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        continue;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.length() == s.length() ? s : sb.toString();
  }

  private static boolean isInline(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isPlain(c)) {
        prev = c;
        continue;
      }
      if (isControl(c) || (c != ' ' && isSpace(c)) || (c == ' ' && prev == ' ')) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** True when {@code s} is already what {@link #paragraphs} would make of it. */
  static boolean isParagraphs(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    // Scanned as an array: String.charAt checks the index and the string's coding on every call,
    // which made this check of a 5 KB body a visible part of ingest.
    char[] a = SCAN.get();
    if (a.length < n) {
      a = new char[n];
      if (n <= SCAN_KEEP_MAX) {
        SCAN.set(a);
      }
    }
    s.getChars(0, n, a, 0);
    if (isSpace(a[0]) || isSpace(a[n - 1])) {
      return false;
    }
    // Printable ASCII takes one well-predicted branch; whether it is a space is folded into
    // arithmetic, not branched on. Spaces fall every few characters at no fixed rhythm, and a
    // branch on each was mispredicted often enough to make this check a fifth of the parsing
    // thread's time. That and a counted loop (below) make this check cheaper; see
    // IngestPathBenchmark.parse for the figure it is part of.
    int doubled = 0;
    int prevSpace = 0;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if ((char) (c - ' ') < 0x7F - ' ') {
        int space = ((c ^ ' ') - 1) >>> 31; // 1 for ' ', else 0
        doubled |= space & prevSpace;
        prevSpace = space;
        continue;
      }
      if (c == '\n') {
        // Exactly one blank line between paragraphs, no spaces around it. Checked from each of
        // the two line breaks without skipping ahead, so the loop stays a counted loop, which the
        // JIT unrolls. Neither end is whitespace, so a[i - 1] and a[i + 1] exist.
        if (a[i - 1] != '\n' ? a[i - 1] == ' ' || a[i + 1] != '\n' : isSpace(a[i + 1])) {
          return false;
        }
      } else if (isControl(c) || isSpace(c)) {
        return false;
      }
      prevSpace = 0;
    }
    return doubled == 0;
  }

  /** A scan buffer per thread for {@link #isParagraphs}; it grows to the longest body seen, up to a limit. */
  private static final ThreadLocal<char[]> SCAN = ThreadLocal.withInitial(() -> new char[8192]);
  /** Longer texts get a buffer of their own, so one huge item does not stay in memory. */
  private static final int SCAN_KEEP_MAX = 1 << 20;

  /**
   * Printable ASCII other than space: neither whitespace nor control. Most characters of a body
   * are, so the checks above test this first and skip the longer tests for them.
   */
  private static boolean isPlain(char c) {
    return c > ' ' && c < 0x7F;
  }

  /** Whitespace that separates words, including no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007'
        || c == '\u202F' || c == '\u200B';
  }

  /** C0/C1 control characters other than tab, CR and LF, and non-characters: binary junk, never text. */
  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || c == '\uFFFE' || c == '\uFFFF';
  }

  /**
   * Plain-text body: paragraphs (separated by one or more blank lines in the input) each made one
   * line with {@link #inline}, joined by one blank line. Single newlines inside a paragraph become
   * spaces, as wire copy is often hard-wrapped.
   */
  public static String paragraphs(String s) {
    if (s == null) {
      return null;
    }
    return isParagraphs(s) ? s : normaliseParagraphs(s);
  }

  /** What {@link #paragraphs} makes of text that is not already in that form. */
  static String normaliseParagraphs(String s) {
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder para = new StringBuilder();
    int from = 0;
    while (from <= s.length()) {
      int nl = s.indexOf('\n', from);
      int to = nl < 0 ? s.length() : nl;
      if (blank(s, from, to)) {
        flush(out, para);
      } else {
        para.append(s, from, to).append('\n');
      }
      from = to + 1;
    }
    flush(out, para);
    return out.toString();
  }

  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static void flush(StringBuilder out, StringBuilder para) {
    if (para.length() == 0) {
      return;
    }
    String p = inline(para.toString());
    para.setLength(0);
    if (!p.isEmpty()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(p);
    }
  }

  /** True when the string holds characters that plain text never does (binary junk). */
  public static boolean looksBinary(String s) {
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
        bad++;
      }
    }
    return bad > 0 && bad * 100 > s.length();
  }

  /**
   * HTML to clean plain text: scripts, styles and comments dropped, block elements (p, div, br,
   * li, headings...) become paragraph breaks, entities decoded.
   */
  public static String htmlToText(String html) {
    if (html == null) {
      return null;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, noscript, iframe, object, embed, form, figure figcaption").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.getWholeText());
            } else if (node instanceof Element e && e.nameIs("br")) {
              sb.append('\n');
            } else if (node instanceof Element e && e.isBlock()) {
              sb.append("\n\n");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              sb.append("\n\n");
            }
          }
        },
        doc.body());
    return paragraphs(sb.toString());
  }
}
