package io.wirewatch.enrich.internal;

import java.util.Arrays;
import java.util.Set;

/**
 * Fixed sets of folded words ("days", "clause breaks"), each given one bit of an int, and a text's
 * tokens tagged with their bits once: "is token i a day word?" is then a mask test on an int array
 * instead of a String hash probe every time a rule asks it.
 *
 * <p>A token's bits come from its {@link Vocab} number, so a token is in a class exactly when its
 * folded form equals one of the class's words. Classes are added while the owner is set up (a
 * static initialiser) and never after, so the object is read-only, and safe to share, once built.
 */
public final class WordClasses {
  /** Per {@link Vocab} number: the bits of the classes the word belongs to. */
  private int[] bits = new int[0];
  /** One more than the highest {@link Vocab} number of a class word: older token ids may miss words. */
  private int needs;
  private int count;

  /** Adds a class of folded words; returns its bit. At most 32 classes. */
  public int add(Set<String> words) {
    if (count == Integer.SIZE) {
      throw new IllegalStateException("a WordClasses holds at most 32 classes");
    }
    int bit = 1 << count++;
    for (String w : words) {
      int id = Vocab.intern(w);
      needs = Math.max(needs, id + 1);
      if (id >= bits.length) {
        bits = Arrays.copyOf(bits, Math.max(id + 1, bits.length * 2));
      }
      bits[id] |= bit;
    }
    return bit;
  }

  /** The class bits of each token of {@code t}, by its folded form (0 for a word of no class). */
  public int[] of(Tokens t) {
    int[] ids = t.ids(needs);
    int[] b = bits;
    int[] out = new int[t.size];
    for (int i = 0; i < t.size; i++) {
      int id = ids[i];
      out[i] = id >= 0 && id < b.length ? b[id] : 0;
    }
    return out;
  }
}
