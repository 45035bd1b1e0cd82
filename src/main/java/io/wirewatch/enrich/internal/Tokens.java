package io.wirewatch.enrich.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The tokens of one text field: runs of letters and digits, and every other non-space
 * character on its own. Each token keeps its offsets into the field, a folded form
 * (lower case, no diacritics, one kind of apostrophe and dash) and its shape.
 */
public final class Tokens {
  /** A word (letters or digits). */
  public static final int WORD = 1;
  /** Starts with an upper-case letter. */
  public static final int CAP = 2;
  /** Has letters and all of them are upper case. */
  public static final int UPPER = 4;
  /** Starts with a digit. */
  public static final int NUM = 8;

  public final String text;
  public final int size;
  public final int[] start;
  public final int[] end;
  public final String[] norm;
  public final byte[] shape;

  private Tokens(String text, int size, int[] start, int[] end, String[] norm, byte[] shape) {
    this.text = text;
    this.size = size;
    this.start = start;
    this.end = end;
    this.norm = norm;
    this.shape = shape;
  }

  public boolean is(int i, int flag) {
    return (shape[i] & flag) != 0;
  }

  /** The original text of tokens [from, to). */
  public String span(int from, int to) {
    return text.substring(start[from], end[to - 1]);
  }

  /** True when only spaces or tabs (no line break, no other text) separate token i and i+1. */
  public boolean sameLineGap(int i) {
    for (int p = end[i]; p < start[i + 1]; p++) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** Number of line breaks between token i and token i+1. */
  public int lineBreaksAfter(int i) {
    int n = 0;
    int to = i + 1 < size ? start[i + 1] : text.length();
    for (int p = end[i]; p < to; p++) {
      if (text.charAt(p) == '\n') {
        n++;
      }
    }
    return n;
  }

  public static Tokens of(String text) {
    int cap = Math.max(16, text.length() / 4);
    int[] st = new int[cap];
    int[] en = new int[cap];
    String[] no = new String[cap];
    byte[] sh = new byte[cap];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (n == st.length) {
        int m = st.length * 2;
        st = Arrays.copyOf(st, m);
        en = Arrays.copyOf(en, m);
        no = Arrays.copyOf(no, m);
        sh = Arrays.copyOf(sh, m);
      }
      int s = i;
      if (Character.isLetterOrDigit(c)) {
        boolean ascii = true;
        boolean lower = true;
        boolean hasLetter = false;
        boolean allUpper = true;
        while (i < len) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            if (d >= 128) {
              ascii = false;
            }
            if (Character.isLetter(d)) {
              hasLetter = true;
              if (Character.isUpperCase(d)) {
                lower = false;
              } else {
                allUpper = false;
              }
            }
            i++;
          } else if (Character.getType(d) == Character.NON_SPACING_MARK) {
            ascii = false;
            i++;
          } else {
            break;
          }
        }
        int shape = WORD;
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
          shape |= CAP;
        }
        if (hasLetter && allUpper) {
          shape |= UPPER;
        }
        if (Character.isDigit(c)) {
          shape |= NUM;
        }
        String tok = text.substring(s, i);
        no[n] = ascii ? (lower ? tok : tok.toLowerCase(java.util.Locale.ROOT)) : fold(tok);
        sh[n] = (byte) shape;
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < len) {
          i++;
        }
        no[n] = foldPunct(c);
        sh[n] = 0;
      }
      st[n] = s;
      en[n] = i;
      n++;
    }
    return new Tokens(text, n, st, en, no, sh);
  }

  private static String foldPunct(char c) {
    switch (c) {
      case '’':
      case '‘':
      case '`':
      case '´':
      case 'ʼ':
        return "'";
      case '‐':
      case '‑':
      case '–':
      case '—':
      case '−':
        return "-";
      case '“':
      case '”':
      case '«':
      case '»':
      case '„':
        return "\"";
      default:
        return String.valueOf(c);
    }
  }

  /** Lower case without diacritics; ß becomes ss. Safe to call on any word. */
  public static String fold(String word) {
    String d = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char ch = d.charAt(k);
      if (Character.getType(ch) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (ch == 'ß') {
        b.append("ss");
      } else if (ch == 'ı') {
        b.append('i');
      } else {
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString();
  }
}
