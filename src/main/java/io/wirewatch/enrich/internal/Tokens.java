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
  /** The {@link Vocab} number of each folded form, -1 for a word no trie had when it was taken. */
  private int[] ids;
  /** The size of the {@link Vocab} table {@link #ids} was taken from: words numbered since are missing. */
  private int idsVocab;

  private Tokens(String text, int size, int[] start, int[] end, String[] norm, byte[] shape, int[] ids,
      int idsVocab) {
    this.text = text;
    this.size = size;
    this.start = start;
    this.end = end;
    this.norm = norm;
    this.shape = shape;
    this.ids = ids;
    this.idsVocab = idsVocab;
  }

  /**
   * The {@link Vocab} number of each token's folded form (entries from {@link #size} on are -1),
   * taken again first when words numbered since are {@code needed}, i.e. when a trie with a
   * number at or above what was known then is asked about this text.
   */
  public int[] ids(int needed) {
    if (idsVocab < needed) {
      Vocab.Table table = Vocab.table(needed);
      int[] fresh = new int[ids.length];
      Arrays.fill(fresh, -1);
      for (int i = 0; i < size; i++) {
        fresh[i] = table.id(norm[i]);
      }
      ids = fresh;
      idsVocab = table.size;
    }
    return ids;
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

  /** Character classes of ASCII, so the common case needs one table look-up per character. */
  private static final byte SPACE = 0;
  private static final byte LOWER_LETTER = 1;
  private static final byte UPPER_LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte OTHER = 4;
  private static final byte[] ASCII = new byte[128];
  /** The folded form of each ASCII punctuation character, shared. */
  private static final String[] ASCII_PUNCT = new String[128];

  /**
   * What the tokeniser asks of a character beyond ASCII, for every char: the answers of the {@link Character} methods
   * named by the bits below, worked out once instead of looking up Unicode's tables at every character of a text.
   */
  private static final byte[] CHAR_PROPS = new byte[Character.MAX_VALUE + 1];
  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
  private static final int P_SPACE = 1;
  private static final int P_LETTER_OR_DIGIT = 2;
  private static final int P_LETTER = 4;
  private static final int P_UPPER = 8;
  /** {@link Character#isUpperCase} or {@link Character#isTitleCase}. */
  private static final int P_CAPITAL = 16;
  private static final int P_DIGIT = 32;
  /** {@link Character#getType} is {@link Character#NON_SPACING_MARK}. */
  private static final int P_MARK = 64;

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : c >= 'a' && c <= 'z' ? LOWER_LETTER
          : c >= 'A' && c <= 'Z' ? UPPER_LETTER
          : c >= '0' && c <= '9' ? DIGIT
          : OTHER;
      ASCII_PUNCT[c] = foldPunct(c);
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      int p = 0;
      p |= Character.isWhitespace(ch) || Character.isSpaceChar(ch) ? P_SPACE : 0;
      p |= Character.isLetterOrDigit(ch) ? P_LETTER_OR_DIGIT : 0;
      p |= Character.isLetter(ch) ? P_LETTER : 0;
      p |= Character.isUpperCase(ch) ? P_UPPER : 0;
      p |= Character.isUpperCase(ch) || Character.isTitleCase(ch) ? P_CAPITAL : 0;
      p |= Character.isDigit(ch) ? P_DIGIT : 0;
      p |= Character.getType(ch) == Character.NON_SPACING_MARK ? P_MARK : 0;
      CHAR_PROPS[c] = (byte) p;
    }
  }

  /**
   * Folded ASCII words seen recently, by hash: frequent words ("the", "said", "sanctions") get
   * one shared String with its hash code already computed, instead of a new String per token
   * that every trie look-up then hashes again. Writes race between threads; that is harmless
   * because a slot only ever holds some complete, immutable String and a reader checks its
   * characters before using it.
   */
  private static final int WORD_CACHE_SIZE = 1 << 13;
  private static final int WORD_CACHE_MAX_LENGTH = 24;
  private static final String[] WORD_CACHE = new String[WORD_CACHE_SIZE];

  public static Tokens of(String text) {
    int cap = Math.max(16, text.length() / 4);
    int[] st = new int[cap];
    int[] en = new int[cap];
    String[] no = new String[cap];
    byte[] sh = new byte[cap];
    int[] id = new int[cap];
    Vocab.Table vocab = Vocab.current();
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      byte cls = c < 128 ? ASCII[c]
          : (CHAR_PROPS[c] & P_SPACE) != 0 ? SPACE
          : (CHAR_PROPS[c] & P_LETTER_OR_DIGIT) != 0 ? LOWER_LETTER
          : OTHER;
      if (cls == SPACE) {
        i++;
        continue;
      }
      if (n == st.length) {
        int m = st.length * 2;
        st = Arrays.copyOf(st, m);
        en = Arrays.copyOf(en, m);
        no = Arrays.copyOf(no, m);
        sh = Arrays.copyOf(sh, m);
        id = Arrays.copyOf(id, m);
      }
      int s = i;
      if (cls != OTHER) {
        boolean ascii = true;
        boolean lower = true;
        boolean hasLetter = false;
        boolean allUpper = true;
        int hash = 0; // String.hashCode of the lower-cased ASCII word
        long packed = 0; // the lower-cased ASCII word as Vocab.pack packs it, when it is short enough
        while (i < len) {
          char d = text.charAt(i);
          if (d < 128) {
            byte k = ASCII[d];
            if (k == LOWER_LETTER) {
              hasLetter = true;
              allUpper = false;
              hash = 31 * hash + d;
              packed = packed << 8 | d;
            } else if (k == UPPER_LETTER) {
              hasLetter = true;
              lower = false;
              int l = d + ('a' - 'A');
              hash = 31 * hash + l;
              packed = packed << 8 | l;
            } else if (k == DIGIT) {
              hash = 31 * hash + d;
              packed = packed << 8 | d;
            } else {
              break;
            }
            i++;
          } else if ((CHAR_PROPS[d] & P_LETTER_OR_DIGIT) != 0) {
            ascii = false;
            if ((CHAR_PROPS[d] & P_LETTER) != 0) {
              hasLetter = true;
              if ((CHAR_PROPS[d] & P_UPPER) != 0) {
                lower = false;
              } else {
                allUpper = false;
              }
            }
            i++;
          } else if ((CHAR_PROPS[d] & P_MARK) != 0) {
            ascii = false;
            i++;
          } else {
            break;
          }
        }
        int shape = WORD;
        if ((CHAR_PROPS[c] & P_CAPITAL) != 0) {
          shape |= CAP;
        }
        if (hasLetter && allUpper) {
          shape |= UPPER;
        }
        if ((CHAR_PROPS[c] & P_DIGIT) != 0) {
          shape |= NUM;
        }
        if (ascii && i - s <= Vocab.SHORT) {
          int number = vocab.idOfShort(packed);
          if (number >= 0) {
            no[n] = vocab.word(number);
            id[n] = number;
          } else {
            no[n] = asciiWord(text, s, i, lower, hash);
            id[n] = -1;
          }
        } else if (ascii) {
          int slot = vocab.slotOfLowerAscii(text, s, i, hash);
          if (slot >= 0) {
            no[n] = vocab.wordAt(slot);
            id[n] = vocab.idAt(slot);
          } else {
            no[n] = asciiWord(text, s, i, lower, hash);
            id[n] = -1;
          }
        } else {
          String f = foldWord(text, s, i);
          no[n] = f;
          id[n] = vocab.id(f);
        }
        sh[n] = (byte) shape;
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < len) {
          i++;
        }
        String p = c < 128 ? ASCII_PUNCT[c] : foldPunct(c);
        no[n] = p;
        id[n] = vocab.id(p);
        sh[n] = 0;
      }
      st[n] = s;
      en[n] = i;
      n++;
    }
    Arrays.fill(id, n, id.length, -1);
    return new Tokens(text, n, st, en, no, sh, id, vocab.size);
  }

  /** The lower-case form of the ASCII word text[from, to), whose lower-case hash is given. */
  private static String asciiWord(String text, int from, int to, boolean lower, int hash) {
    int length = to - from;
    if (length > WORD_CACHE_MAX_LENGTH) {
      return lower ? text.substring(from, to) : text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    }
    int slot = (hash ^ (hash >>> 15)) & (WORD_CACHE_SIZE - 1);
    String cached = WORD_CACHE[slot];
    if (cached != null && cached.length() == length && sameLowerAscii(cached, text, from)) {
      return cached;
    }
    String word;
    if (lower) {
      word = text.substring(from, to);
    } else {
      char[] buf = new char[length];
      for (int k = 0; k < length; k++) {
        char d = text.charAt(from + k);
        buf[k] = d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d;
      }
      word = new String(buf);
    }
    WORD_CACHE[slot] = word;
    return word;
  }

  /** A word that is not all ASCII, as written, and its {@link #fold folded} form. */
  private record Folded(String raw, String folded) {}

  /**
   * Words with letters beyond ASCII folded recently, by the hash of the word as written: "für",
   * "président", "Москва" are folded (a Unicode decomposition) once, not at every occurrence. As
   * with {@link #WORD_CACHE}, writes race harmlessly: a slot holds some complete, immutable pair,
   * and a reader checks the pair's word against the text before taking its folded form.
   */
  private static final int FOLD_CACHE_SIZE = 1 << 12;
  private static final int FOLD_CACHE_MAX_LENGTH = 32;
  private static final Folded[] FOLD_CACHE = new Folded[FOLD_CACHE_SIZE];

  /** {@link #fold} of the word text[from, to). */
  private static String foldWord(String text, int from, int to) {
    int length = to - from;
    if (length > FOLD_CACHE_MAX_LENGTH) {
      return fold(text.substring(from, to));
    }
    int hash = 0;
    for (int k = from; k < to; k++) {
      hash = 31 * hash + text.charAt(k);
    }
    int slot = (hash ^ (hash >>> 15)) & (FOLD_CACHE_SIZE - 1);
    Folded cached = FOLD_CACHE[slot];
    if (cached != null && cached.raw().length() == length && text.regionMatches(from, cached.raw(), 0, length)) {
      return cached.folded();
    }
    String raw = text.substring(from, to);
    String folded = fold(raw);
    FOLD_CACHE[slot] = new Folded(raw, folded);
    return folded;
  }

  static boolean sameLowerAscii(String folded, String text, int from) {
    for (int k = 0, m = folded.length(); k < m; k++) {
      char d = text.charAt(from + k);
      if (d >= 'A' && d <= 'Z') {
        d = (char) (d + ('a' - 'A'));
      }
      if (folded.charAt(k) != d) {
        return false;
      }
    }
    return true;
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
