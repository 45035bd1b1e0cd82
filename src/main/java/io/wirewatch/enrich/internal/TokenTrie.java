package io.wirewatch.enrich.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A trie over folded tokens: every phrase is a path of tokens, so a text is matched in one
 * pass, longest phrase first, and a match always starts and ends on token boundaries.
 *
 * @param <T> what a phrase stands for
 */
public final class TokenTrie<T> {
  /**
   * A node's children are keyed by {@link Vocab} number in a small open-addressing table
   * (number + 1 in {@code keys}, 0 for a free slot), at most half full.
   */
  private static final class Node<T> {
    int[] keys;
    Node<T>[] kids;
    int count;
    List<T> values;

    Node<T> child(int id) {
      int[] k = keys;
      if (k == null) {
        return null;
      }
      int mask = k.length - 1;
      int want = id + 1;
      for (int i = slot(id) & mask; ; i = (i + 1) & mask) {
        int have = k[i];
        if (have == want) {
          return kids[i];
        }
        if (have == 0) {
          return null;
        }
      }
    }

    Node<T> childOrNew(int id) {
      Node<T> c = child(id);
      if (c != null) {
        return c;
      }
      if (keys == null || (count + 1) * 2 > keys.length) {
        grow();
      }
      c = new Node<>();
      place(keys, kids, id, c);
      count++;
      return c;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
      int cap = keys == null ? 2 : keys.length * 2;
      int[] k = new int[cap];
      Node<T>[] v = (Node<T>[]) new Node<?>[cap];
      if (keys != null) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] != 0) {
            place(k, v, keys[i] - 1, kids[i]);
          }
        }
      }
      keys = k;
      kids = v;
    }

    private static <T> void place(int[] k, Node<T>[] v, int id, Node<T> node) {
      int mask = k.length - 1;
      int i = slot(id) & mask;
      while (k[i] != 0) {
        i = (i + 1) & mask;
      }
      k[i] = id + 1;
      v[i] = node;
    }

    private static int slot(int id) {
      int h = id * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** The first token of every phrase, indexed directly by its {@link Vocab} number. */
  @SuppressWarnings("unchecked")
  private Node<T>[] roots = (Node<T>[]) new Node<?>[0];
  /** One more than the highest {@link Vocab} number this trie uses: older token ids may miss words. */
  private int needs;

  /** Adds a phrase given as folded tokens. */
  public void add(List<String> folded, T value) {
    if (folded.isEmpty()) {
      return; // never reported: a match is at least one token long
    }
    int first = Vocab.intern(folded.get(0));
    needs = Math.max(needs, first + 1);
    if (first >= roots.length) {
      roots = Arrays.copyOf(roots, Math.max(first + 1, roots.length + roots.length / 2));
    }
    Node<T> n = roots[first];
    if (n == null) {
      n = new Node<>();
      roots[first] = n;
    }
    for (int k = 1; k < folded.size(); k++) {
      int id = Vocab.intern(folded.get(k));
      needs = Math.max(needs, id + 1);
      n = n.childOrNew(id);
    }
    if (n.values == null) {
      n.values = new ArrayList<>(1);
    }
    n.values.add(value);
  }

  /**
   * A trie of the same phrases in which each phrase stands for one value, {@code f} of the phrase (its tokens'
   * {@link Vocab} numbers) and of all the values it stands for here, in the order they were added.
   */
  public <U> TokenTrie<U> map(BiFunction<int[], List<T>, U> f) {
    TokenTrie<U> out = new TokenTrie<>();
    out.needs = needs;
    out.roots = Arrays.copyOf(out.roots, roots.length);
    for (int id = 0; id < roots.length; id++) {
      if (roots[id] != null) {
        out.roots[id] = mapNode(roots[id], new int[] {id}, f);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T, U> Node<U> mapNode(Node<T> n, int[] path, BiFunction<int[], List<T>, U> f) {
    Node<U> m = new Node<>();
    if (n.values != null) {
      m.values = List.of(f.apply(path, List.copyOf(n.values)));
    }
    if (n.keys != null) {
      m.keys = n.keys.clone();
      m.kids = (Node<U>[]) new Node<?>[n.kids.length];
      m.count = n.count;
      for (int i = 0; i < n.keys.length; i++) {
        if (n.keys[i] != 0) {
          int[] longer = Arrays.copyOf(path, path.length + 1);
          longer[path.length] = n.keys[i] - 1;
          m.kids[i] = mapNode(n.kids[i], longer, f);
        }
      }
    }
    return m;
  }

  private Node<T> root(int id) {
    Node<T>[] r = roots;
    return id >= 0 && id < r.length ? r[id] : null;
  }

  /**
   * Whether some phrase of the trie starts with the token numbered {@code id} (from {@link #ids}): a walk from every token
   * of a text asks this first, as most tokens start none and a call of {@link #longest} or {@link #matchesAt} costs more.
   */
  public boolean startsPhrase(int id) {
    return root(id) != null;
  }

  /** The {@link Vocab} numbers of the tokens' folded forms, as this trie reads them. */
  public int[] ids(Tokens tokens) {
    return tokens.ids(needs);
  }

  /** Whether some phrase of the trie starts with this folded token. */
  public boolean startsPhrase(String token) {
    return root(Vocab.table(needs).id(token)) != null;
  }

  /**
   * A token number that {@link #matchesAt} walks over inside a phrase, as if the token were not there: a caller marks with
   * it the tokens that may stand inside a phrase without changing it (quotation marks: "placed the proposal on « hold »").
   * A phrase never starts on it.
   */
  public static final int SKIP = -2;

  /**
   * Walks the trie from token {@code from} over token numbers from {@link #ids}; calls {@code sink} for every phrase
   * that ends, shortest first, with the token index one past its end. Tokens numbered {@link #SKIP} inside a phrase are
   * walked over.
   */
  public void matchesAt(int[] ids, int from, int limit, Sink<T> sink) {
    if (from >= limit) {
      return;
    }
    Node<T> n = root(ids[from]);
    for (int i = from; n != null; ) {
      if (n.values != null) {
        sink.accept(i + 1, n.values);
      }
      if (++i >= limit) {
        return;
      }
      int id = ids[i];
      while (id == SKIP && i + 1 < limit) {
        id = ids[++i];
      }
      n = id < 0 ? null : n.child(id);
    }
  }

  /**
   * The {@link Vocab} numbers of {@code norm}, a copy of the tokens' folded forms in which
   * some entries were replaced; entries still the tokens' own reuse the tokens' numbers.
   */
  public int[] ids(String[] norm, Tokens tokens) {
    int[] own = tokens.ids(needs);
    Vocab.Table vocab = Vocab.table(needs);
    int[] out = new int[norm.length];
    for (int i = 0; i < norm.length; i++) {
      String w = norm[i];
      out[i] = i < tokens.size && tokens.norm[i].equals(w) ? own[i] : vocab.id(w);
    }
    return out;
  }

  /**
   * Finds the longest phrase starting at token {@code from} that has at least one value
   * {@code accept} takes; puts those values into {@code out} and returns the token index one
   * past the phrase, or -1 when nothing matches.
   */
  public int longest(Tokens tokens, int from, int limit, Accept<T> accept, List<T> out) {
    out.clear();
    int best = -1;
    if (from >= limit) {
      return best;
    }
    int[] ids = tokens.ids(needs);
    Node<T> n = root(ids[from]);
    for (int i = from; n != null; ) {
      if (n.values != null) {
        boolean any = false;
        for (T v : n.values) {
          if (accept.test(v, tokens, from)) {
            if (!any) {
              out.clear();
              any = true;
            }
            out.add(v);
          }
        }
        if (any) {
          best = i + 1;
        }
      }
      if (++i >= limit) {
        break;
      }
      int id = ids[i];
      n = id < 0 ? null : n.child(id);
    }
    return best;
  }

  /** Decides whether a phrase's value counts at token {@code from} (e.g. whether the case fits). */
  @FunctionalInterface
  public interface Accept<T> {
    boolean test(T value, Tokens tokens, int from);
  }

  /** Receives the phrases that end at one position. */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(int end, List<T> values);
  }

  /** Splits a phrase into folded tokens the same way texts are split. */
  public static List<String> foldPhrase(String phrase) {
    Tokens t = Tokens.of(phrase);
    List<String> out = new ArrayList<>(t.size);
    for (int i = 0; i < t.size; i++) {
      out.add(t.norm[i]);
    }
    return out;
  }
}
