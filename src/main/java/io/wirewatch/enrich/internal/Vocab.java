package io.wirewatch.enrich.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for folded tokens: every token a {@link TokenTrie} is built from gets a small int,
 * so that a text's tokens are looked up once per article ({@link Tokens#ids}) and the tries
 * then step by array index instead of hashing a String at every step.
 *
 * <p>Shared by all tries of the process and only ever grows: a word keeps its number for good.
 * Numbering is synchronised; look-ups read an immutable {@link Table}, published again (under
 * the same lock) when a trie asks for a number the published table does not have yet.
 */
public final class Vocab {
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final List<String> WORDS = new ArrayList<>();
  private static volatile Table current = new Table(List.of());

  private Vocab() {}

  /**
   * An immutable look-up table of the words numbered 0 to {@code size - 1}: open addressing,
   * linear probing, at most half full. Each slot packs the word's String hash code (high half)
   * and its number plus one (low half, 0 for a free slot), so a probe reads one array.
   */
  static final class Table {
    final int size;
    /** 32 minus the table's bits: a hash's first slot is the top bits of its Fibonacci product. */
    private final int shift;
    private final long[] slots;
    private final String[] words;
    /**
     * The ASCII words of up to {@link #SHORT} characters, most of a text's words, by their characters packed into a
     * long ({@link #pack(String)}): pairs of entries, the packed word (0 for a free pair) then its number. A look-up
     * compares longs in one array and reads no String, where {@link #slots} has to check the word's characters.
     */
    private final long[] shortSlots;
    /** 64 minus the short table's bits. */
    private final int shortShift;
    /** The words by number. */
    private final String[] byNumber;

    Table(List<String> byNumber) {
      size = byNumber.size();
      int bits = 4;
      while ((1 << bits) < size * 2 + 2) {
        bits++;
      }
      int cap = 1 << bits;
      shift = 32 - bits;
      slots = new long[cap];
      words = new String[cap];
      int mask = cap - 1;
      for (int id = 0; id < size; id++) {
        String w = byNumber.get(id);
        int h = w.hashCode();
        int i = home(h);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = pack(h, id);
        words[i] = w;
      }
      this.byNumber = byNumber.toArray(new String[0]);
      int shortWords = 0;
      for (String w : byNumber) {
        if (pack(w) != 0) {
          shortWords++;
        }
      }
      int shortBits = 4;
      while ((1 << shortBits) < shortWords * 2 + 2) {
        shortBits++;
      }
      shortShift = 64 - shortBits;
      shortSlots = new long[2 << shortBits];
      int shortMask = (1 << shortBits) - 1;
      for (int id = 0; id < size; id++) {
        long key = pack(byNumber.get(id));
        if (key == 0) {
          continue;
        }
        int i = shortHome(key);
        while (shortSlots[2 * i] != 0) {
          i = (i + 1) & shortMask;
        }
        shortSlots[2 * i] = key;
        shortSlots[2 * i + 1] = id;
      }
    }

    /**
     * The number of the ASCII word whose characters {@link #pack(String) packed} make {@code key}, or -1 when this
     * table does not have it. Nothing is allocated and no String is read.
     */
    int idOfShort(long key) {
      int mask = (shortSlots.length >>> 1) - 1;
      for (int i = shortHome(key); ; i = (i + 1) & mask) {
        long k = shortSlots[2 * i];
        if (k == key) {
          return (int) shortSlots[2 * i + 1];
        }
        if (k == 0) {
          return -1;
        }
      }
    }

    private int shortHome(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> shortShift);
    }

    /** The word numbered {@code id}, which must be below {@link #size}. */
    String word(int id) {
      return byNumber[id];
    }

    /** The number of a folded word, or -1 when it has none in this table. */
    int id(String word) {
      if (word == null) {
        return -1;
      }
      int h = word.hashCode();
      int mask = slots.length - 1;
      for (int i = home(h); ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == 0) {
          return -1;
        }
        if ((int) (s >>> 32) == h && words[i].equals(word)) {
          return (int) s - 1;
        }
      }
    }

    /**
     * The slot of the ASCII word text[from, to) once lower-cased, whose lower-case String hash
     * code is {@code hash}; -1 when this table does not have it. Nothing is allocated.
     */
    int slotOfLowerAscii(String text, int from, int to, int hash) {
      int length = to - from;
      int mask = slots.length - 1;
      for (int i = home(hash); ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == 0) {
          return -1;
        }
        if ((int) (s >>> 32) == hash && words[i].length() == length && Tokens.sameLowerAscii(words[i], text, from)) {
          return i;
        }
      }
    }

    /**
     * The first slot to probe. String hash codes of short words crowd into a narrow range, which
     * makes long runs under linear probing when only their low bits are used.
     */
    private int home(int hash) {
      return (hash * 0x9E3779B9) >>> shift;
    }

    String wordAt(int slot) {
      return words[slot];
    }

    int idAt(int slot) {
      return (int) slots[slot] - 1;
    }
  }

  private static long pack(int hash, int id) {
    return ((long) hash << 32) | ((id + 1) & 0xFFFFFFFFL);
  }

  /** Longest word {@link #pack(String)} packs. */
  static final int SHORT = 8;

  /**
   * A word of 1 to {@link #SHORT} ASCII characters, none of them NUL, packed into a long, one byte per character, the
   * first character highest ({@link Tokens#of} packs a text's words the same way as it reads them); 0 for any other
   * word. Two words pack alike only when they are the same word.
   */
  static long pack(String word) {
    int n = word.length();
    if (n == 0 || n > SHORT) {
      return 0;
    }
    long key = 0;
    for (int k = 0; k < n; k++) {
      char c = word.charAt(k);
      if (c == 0 || c >= 128) {
        return 0;
      }
      key = key << 8 | c;
    }
    return key;
  }

  /** The number of a folded word, numbering it when new. */
  public static synchronized int intern(String word) {
    Integer known = NUMBERS.get(word);
    if (known != null) {
      return known;
    }
    int id = WORDS.size();
    NUMBERS.put(word, id);
    WORDS.add(word);
    return id;
  }

  /** The table published now; it may lack the words numbered since it was published. */
  static Table current() {
    return current;
  }

  /** A table with at least the words numbered below {@code needed}, publishing one if need be. */
  static Table table(int needed) {
    Table t = current;
    return t.size >= needed ? t : publish();
  }

  private static synchronized Table publish() {
    Table t = current;
    if (t.size < WORDS.size()) {
      t = new Table(WORDS);
      current = t;
    }
    return t;
  }
}
