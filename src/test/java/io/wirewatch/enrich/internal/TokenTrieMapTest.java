package io.wirewatch.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TokenTrie#map} keeps every phrase and gives each one value made of its tokens' numbers and its values. */
class TokenTrieMapTest {
  @Test
  void eachPhraseGetsOneValueFromItsTokensAndValues() {
    TokenTrie<Integer> trie = new TokenTrie<>();
    trie.add(List.of("maptest", "alpha"), 1);
    trie.add(List.of("maptest", "alpha"), 2);
    trie.add(List.of("maptest"), 3);
    trie.add(List.of("maptest", "beta", "gamma"), 4);
    TokenTrie<String> mapped = trie.map((phrase, values) -> phrase.length + ":" + values
        + (phrase[0] == Vocab.intern("maptest") ? "" : "?"));

    Tokens t = Tokens.of("maptest alpha maptest beta gamma");
    int[] ids = mapped.ids(t.norm, t);
    List<String> found = new ArrayList<>();
    for (int p = 0; p < t.size; p++) {
      int from = p;
      mapped.matchesAt(ids, p, t.size, (end, values) -> found.add(from + "-" + end + " " + values));
    }
    assertThat(found).containsExactly("0-1 [1:[3]]", "0-2 [2:[1, 2]]", "2-3 [1:[3]]", "2-5 [3:[4]]");
    assertThat(mapped.startsPhrase("maptest")).isTrue();
    assertThat(mapped.startsPhrase("alpha")).isFalse();
  }

  @Test
  void aTokenNumberStartsAPhraseExactlyWhenItsWordDoes() {
    TokenTrie<Integer> trie = new TokenTrie<>();
    trie.add(List.of("startstest", "alpha"), 1);
    Tokens t = Tokens.of("startstest alpha startstestnot");
    int[] ids = trie.ids(t);
    assertThat(ids).isEqualTo(trie.ids(t.norm, t));
    assertThat(trie.startsPhrase(ids[0])).isTrue();
    assertThat(trie.startsPhrase(ids[1])).isFalse();
    assertThat(ids[2]).isEqualTo(-1);
    assertThat(trie.startsPhrase(ids[2])).isFalse();
  }
}
