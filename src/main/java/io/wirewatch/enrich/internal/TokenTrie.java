package io.wirewatch.enrich.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded tokens: every phrase is a path of tokens, so a text is matched in one
 * pass, longest phrase first, and a match always starts and ends on token boundaries.
 *
 * @param <T> what a phrase stands for
 */
public final class TokenTrie<T> {
  private static final class Node<T> {
    Map<String, Node<T>> next;
    List<T> values;
  }

  private final Node<T> root = new Node<>();

  /** Adds a phrase given as folded tokens. */
  public void add(List<String> folded, T value) {
    Node<T> n = root;
    for (String t : folded) {
      if (n.next == null) {
        n.next = new HashMap<>(4);
      }
      n = n.next.computeIfAbsent(t, k -> new Node<>());
    }
    if (n.values == null) {
      n.values = new ArrayList<>(1);
    }
    n.values.add(value);
  }

  /**
   * Walks the trie from token {@code from}; calls {@code sink} for every phrase that ends,
   * shortest first, with the token index one past its end.
   */
  public void matchesAt(Tokens tokens, int from, int limit, Sink<T> sink) {
    matchesAt(tokens.norm, from, limit, sink);
  }

  /** Whether some phrase of the trie starts with this folded token. */
  public boolean startsPhrase(String token) {
    return root.next != null && root.next.containsKey(token);
  }

  /** As {@link #matchesAt(Tokens, int, int, Sink)}, over an array of folded tokens. */
  public void matchesAt(String[] norm, int from, int limit, Sink<T> sink) {
    Node<T> n = root;
    for (int i = from; i < limit; i++) {
      Map<String, Node<T>> next = n.next;
      if (next == null) {
        return;
      }
      n = next.get(norm[i]);
      if (n == null) {
        return;
      }
      if (n.values != null) {
        sink.accept(i + 1, n.values);
      }
    }
  }

  /**
   * Finds the longest phrase starting at token {@code from} that has at least one value
   * {@code accept} takes; puts those values into {@code out} and returns the token index one
   * past the phrase, or -1 when nothing matches.
   */
  public int longest(Tokens tokens, int from, int limit, Accept<T> accept, List<T> out) {
    out.clear();
    Node<T> n = root;
    int best = -1;
    for (int i = from; i < limit; i++) {
      Map<String, Node<T>> next = n.next;
      if (next == null) {
        break;
      }
      n = next.get(tokens.norm[i]);
      if (n == null) {
        break;
      }
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
