package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.enrich.internal.Tokens;
import io.wirewatch.enrich.internal.Vocab;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phrase's groups and the rules they trigger, read by how a one-word phrase is spelt where a group asks. */
class PhraseGroupsTest {
  private static RuleSet.Group group(int id, String folded, String written) {
    RuleSet.Group g = new RuleSet.Group(id);
    if (written != null) {
      g.accented.put(folded, written);
    }
    g.numberAccents();
    return g;
  }

  @Test
  void groupsThatAskForASpellingTakeOnlyThatSpelling() {
    List<RuleSet.Group> groups = List.of(group(0, "firmara", "firmará"), group(1, "firmara", null),
        group(2, "firmara", "firmara"));
    int[][] rulesByTrigger = {{3}, {}, {1}};
    int word = Vocab.intern("firmara");
    PhraseGroups one = PhraseGroups.of(new int[] {word}, List.of(0, 1, 2), groups, rulesByTrigger);

    PhraseGroups accented = one.reading(Tokens.of("Firmará"), 0);
    assertThat(accented.groups).containsExactly(0, 1);
    assertThat(accented.rules).containsExactly(3);
    PhraseGroups plain = one.reading(Tokens.of("FIRMARA"), 0);
    assertThat(plain.groups).containsExactly(1, 2);
    assertThat(plain.rules).containsExactly(1);
    PhraseGroups neither = one.reading(Tokens.of("fírmara"), 0);
    assertThat(neither.groups).containsExactly(1);
    assertThat(neither.rules).isEmpty();

    // a phrase of two words is never checked for its spelling
    PhraseGroups two = PhraseGroups.of(new int[] {word, Vocab.intern("el")}, List.of(2, 0, 1), groups, rulesByTrigger);
    PhraseGroups any = two.reading(Tokens.of("fírmara el"), 0);
    assertThat(any.groups).containsExactly(2, 0, 1);
    assertThat(any.rules).containsExactly(1, 3);
  }
}
