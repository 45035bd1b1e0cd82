package io.wirewatch.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a field into sentences over its tokens. A full stop after an abbreviation (Mr., Jan.,
 * Gov.) or inside one made of single letters (U.S., U.N., D.C.) does not end a sentence unless
 * a typical sentence opener follows; a blank line always ends one. In German a number of up to
 * three digits with a full stop is an ordinal ("am 18. Juni", "des 18. EU-Sanktionspakets") unless
 * a word that opens German sentences follows ("... stieg auf 12. Die Polizei ...").
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
      "gov", "sen", "rep", "amb", "pres", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no",
      "nos", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "mt", "ft", "dept", "approx", "est", "fig", "univ", "rev", "hon", "messrs", "sec",
      "cmdr", "brig", "excl", "incl", "ca", "cf", "al", "etc", "e.g", "i.e", "op", "pp", "vol",
      "mme", "mlle", "sra", "hr", "fr", "dir");
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "our",
      "this", "that", "these", "those", "in", "on", "at", "but", "and", "however", "meanwhile",
      "there", "officials", "president", "some", "many", "both", "after", "before", "while",
      "when", "as", "if", "last", "earlier", "later", "separately", "also", "according", "under");
  /** Words that open German sentences: after "12." they make the full stop a sentence end. */
  private static final Set<String> GERMAN_OPENERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "es", "er", "sie", "wir", "ich",
      "in", "im", "am", "auf", "nach", "bei", "mit", "zudem", "auch", "doch", "aber", "dies", "diese",
      "dieser", "damit", "dabei", "so", "nun", "man", "seit", "bis", "um", "als", "wie", "wenn", "zuvor",
      "danach", "laut", "unter", "von", "vor", "für", "zum", "zur", "insgesamt", "rund", "mehr", "nur");

  private Sentences() {}

  /** Returns [startToken, endToken) pairs, in order, covering every token. */
  public static List<int[]> split(Tokens t) {
    return split(t, false);
  }

  /**
   * As {@link #split(Tokens)}; {@code germanOrdinals} reads a full stop after a number of up to
   * three digits as an ordinal when a capitalised word other than a German sentence opener follows.
   */
  public static List<int[]> split(Tokens t, boolean germanOrdinals) {
    List<int[]> out = new ArrayList<>();
    boolean[] held = attributedQuotes(t);
    int s = 0;
    for (int i = 0; i < t.size; i++) {
      boolean end = false;
      String n = t.norm[i];
      if (t.shape[i] == 0 && (n.equals(".") || n.equals("!") || n.equals("?") || n.equals("…"))
          && (held == null || !held[i])) {
        end = endsSentence(t, i) && !(germanOrdinals && isGermanOrdinal(t, i));
        if (end) {
          // keep closing quotes and brackets with the sentence they close
          while (i + 1 < t.size && t.shape[i + 1] == 0 && isCloser(t.norm[i + 1])
              && t.start[i + 1] == t.end[i]) {
            i++;
          }
        }
      }
      // a blank line takes two line breaks, so a gap of less than two characters cannot hold one
      if (!end && i + 1 < t.size && t.start[i + 1] - t.end[i] >= 2 && t.lineBreaksAfter(i) >= 2) {
        end = true;
      }
      // a list's heading ends where its first item opens a line: "Key developments:\n- The Council renewed ..."
      if (!end && n.equals(":") && i + 1 < t.size && isBullet(t.norm[i + 1]) && t.lineBreaksAfter(i) >= 1) {
        end = true;
      }
      if (end || i == t.size - 1) {
        out.add(new int[] {s, i + 1});
        s = i + 1;
      }
    }
    return out;
  }

  /** The longest quotation, in tokens, whose sentences are kept with the attribution after it. */
  static final int QUOTE_SPAN = 60;

  /**
   * Marks the tokens inside quotations of several sentences that close on an attribution ("« Ce veto est honteux. Il dit
   * au monde ... », a lancé l'ambassadeur", "“We condemn this. It is barbaric,” the minister said", "„Das ist beschämend.
   * Wir ...“, sagte er"): their full stops do not end a sentence, so what is quoted stays with who said it. A quotation
   * longer than {@value #QUOTE_SPAN} tokens, one not closed before a blank line, or one closed without a comma next to its
   * closing mark is split as usual. Returns null when the field holds none.
   */
  private static boolean[] attributedQuotes(Tokens t) {
    boolean[] held = null; // most fields hold no such quotation: nothing is allocated for them
    for (int o = 0; o < t.size; o++) {
      if (t.shape[o] != 0) {
        continue;
      }
      char open = t.text.charAt(t.start[o]);
      char close;
      if (open == '\u00AB') {
        close = '\u00BB';
      } else if (open == '\u201E') {
        close = '\u201C';
      } else if (open == '\u201C') {
        close = '\u201D';
      } else if (open == '"' && o + 1 < t.size && t.start[o + 1] == t.end[o] && (o == 0 || t.end[o - 1] < t.start[o])) {
        close = '"';
      } else {
        continue;
      }
      for (int c = o + 1; c < t.size && c - o <= QUOTE_SPAN; c++) {
        // a blank line takes two line breaks, as in split: the gap is measured first, the breaks only in a wide one
        if (c > o + 1 && t.start[c] - t.end[c - 1] >= 2 && t.lineBreaksAfter(c - 1) >= 2) {
          break;
        }
        if (t.shape[c] != 0 || t.text.charAt(t.start[c]) != close) {
          continue;
        }
        boolean commaBefore = t.norm[c - 1].equals(",");
        boolean commaAfter = c + 1 < t.size && t.norm[c + 1].equals(",");
        if (commaBefore || commaAfter) {
          if (held == null) {
            held = new boolean[t.size];
          }
          for (int k = o + 1; k < c; k++) {
            held[k] = true;
          }
          o = c;
        }
        break;
      }
    }
    return held;
  }

  private static boolean isGermanOrdinal(Tokens t, int i) {
    if (!t.norm[i].equals(".") || i == 0 || i + 1 >= t.size || !t.is(i - 1, Tokens.NUM)
        || t.end[i - 1] != t.start[i] || t.end[i - 1] - t.start[i - 1] > 3
        || !t.is(i + 1, Tokens.WORD) || t.start[i + 1] == t.end[i]) {
      return false;
    }
    if (i >= 2 && t.end[i - 2] == t.start[i - 1]) {
      return false; // "3.5." or "1,5." are not ordinals
    }
    return !GERMAN_OPENERS.contains(t.norm[i + 1]);
  }

  /** Whether a token is a list's bullet: a hyphen, a dash, a bullet or an asterisk. */
  public static boolean isBullet(String n) {
    return n.equals("-") || n.equals("\u2013") || n.equals("\u2014") || n.equals("\u2022") || n.equals("*");
  }

  private static boolean isCloser(String n) {
    return n.equals("\"") || n.equals("'") || n.equals(")") || n.equals("]");
  }

  private static boolean endsSentence(Tokens t, int i) {
    if (i + 1 >= t.size) {
      return true;
    }
    if (!t.norm[i].equals(".")) {
      return !t.is(i + 1, Tokens.WORD) || !Character.isLowerCase(t.text.charAt(t.start[i + 1]));
    }
    int next = i + 1;
    while (next < t.size && t.shape[next] == 0 && isCloser(t.norm[next])) {
      next++;
    }
    if (next >= t.size) {
      return true;
    }
    boolean nextWord = t.is(next, Tokens.WORD);
    if (nextWord && !t.is(next, Tokens.CAP) && !t.is(next, Tokens.NUM)) {
      return false; // "... the U.S. and China", "Jan. 5" handled below
    }
    if (i > 0 && t.end[i - 1] == t.start[i] && t.is(i - 1, Tokens.WORD)) {
      String prev = t.norm[i - 1];
      boolean glued = t.start[next] == t.end[i];
      if (glued && (t.is(next, Tokens.NUM) || t.is(next, Tokens.WORD))) {
        return false; // 3.5, U.S
      }
      boolean singleLetter = prev.length() == 1 && Character.isLetter(prev.charAt(0));
      if (singleLetter || ABBREVIATIONS.contains(prev)) {
        if (t.is(next, Tokens.NUM)) {
          return false;
        }
        return nextWord && OPENERS.contains(t.norm[next]) && !isTitle(prev);
      }
    }
    return true;
  }

  private static boolean isTitle(String prev) {
    return switch (prev) {
      case "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
          "sen", "rep", "amb", "st", "rev", "hon", "mme", "sra", "sr" -> true;
      default -> false;
    };
  }
}
