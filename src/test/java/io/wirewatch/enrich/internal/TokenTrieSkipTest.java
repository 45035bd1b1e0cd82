package io.wirewatch.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TokenTrie#matchesAt} walks over tokens numbered {@link TokenTrie#SKIP} inside a phrase, never from one. */
class TokenTrieSkipTest {
  private static List<String> matches(TokenTrie<Integer> trie, String text, boolean skipQuotes) {
    Tokens t = Tokens.of(text);
    int[] ids = trie.ids(t.norm, t);
    if (skipQuotes) {
      for (int i = 0; i < t.size; i++) {
        if (t.norm[i].equals("\"")) {
          ids[i] = TokenTrie.SKIP;
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (int p = 0; p < t.size; p++) {
      int from = p;
      trie.matchesAt(ids, p, t.size, (end, values) -> found.add(from + "-" + end + " " + values));
    }
    return found;
  }

  @Test
  void aSkippedTokenInsideAPhraseIsWalkedOverAndTheEndCountsIt() {
    TokenTrie<Integer> trie = new TokenTrie<>();
    trie.add(List.of("skiptest", "hold"), 1);
    // tokens: skiptest(0) "(1) hold(2) "(3)
    assertThat(matches(trie, "skiptest \"hold\"", false)).isEmpty();
    assertThat(matches(trie, "skiptest \"hold\"", true)).containsExactly("0-3 [1]");
    assertThat(matches(trie, "skiptest hold", true)).containsExactly("0-2 [1]");
  }

  @Test
  void noPhraseStartsOnASkippedTokenAndOtherTokensStillBreakAPhrase() {
    TokenTrie<Integer> trie = new TokenTrie<>();
    trie.add(List.of("skiptest", "hold"), 1);
    assertThat(matches(trie, "\" skiptest other hold", true)).isEmpty();
    assertThat(matches(trie, "skiptest \"", true)).isEmpty();
  }
}
