package io.wirewatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Text normalisation shared by every parser, so that the same words always hash the same. */
public final class Text {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  // C0/C1 control characters other than tab and newline: binary junk, never text.
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");

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
    return SPACES.matcher(CONTROL.matcher(s).replaceAll("")).replaceAll(" ").strip();
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
    String unified = s.replace("\r\n", "\n").replace('\r', '\n');
    List<String> out = new ArrayList<>();
    for (String p : PARAGRAPH_BREAK.split(unified)) {
      String line = inline(p);
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return String.join("\n\n", out);
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
