package io.wirewatch.enrich;

import io.wirewatch.enrich.RuleSet.Group;
import io.wirewatch.enrich.internal.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one phrase of the rule trie stands for: the term groups that list it, and the rules those groups trigger. A
 * sentence first notes which phrases it holds and which rules they trigger; only when a rule is triggered are the hits
 * of the groups that the rule reads filed, so a phrase listed by thirty groups costs one entry, not thirty.
 *
 * <p>A one-word phrase that some groups take only as written ("^firmará", "^könnte") has a reading for each spelling
 * those groups ask for ({@link #reading}); the phrase itself is the reading of any other spelling.
 */
final class PhraseGroups {
  /** The groups that take a hit of the phrase, in the order they listed it. */
  final int[] groups;
  /** The rules, by place in rule order, that those groups trigger. */
  final int[] rules;
  /** Whether {@link #groups} has any group, and whether {@link #rules} has any rule. */
  final boolean any;
  final boolean triggers;
  /** The spellings (NFC, lower case) that some groups ask of the word, and the reading for each; null when none ask. */
  private final String[] spellings;
  private final PhraseGroups[] bySpelling;

  private PhraseGroups(int[] groups, int[][] rulesByTrigger, String[] spellings, PhraseGroups[] bySpelling) {
    this.groups = groups;
    int count = 0;
    for (int g : groups) {
      count += rulesByTrigger[g].length;
    }
    int[] rs = new int[count];
    int at = 0;
    for (int g : groups) {
      System.arraycopy(rulesByTrigger[g], 0, rs, at, rulesByTrigger[g].length);
      at += rulesByTrigger[g].length;
    }
    Arrays.sort(rs);
    this.rules = rs;
    this.any = groups.length > 0;
    this.triggers = rs.length > 0;
    this.spellings = spellings;
    this.bySpelling = bySpelling;
  }

  /**
   * The phrase given by its tokens' Vocab numbers, listed by the groups {@code groupIds} (ids into {@code groups});
   * {@code rulesByTrigger} gives, per group id, the rules it triggers.
   */
  static PhraseGroups of(int[] phrase, List<Integer> groupIds, List<Group> groups, int[][] rulesByTrigger) {
    List<Integer> free = new ArrayList<>(groupIds.size());
    // per spelling asked for, the groups that ask for it
    Map<String, List<Integer>> asked = new LinkedHashMap<>();
    for (int g : groupIds) {
      Group group = groups.get(g);
      int a = phrase.length == 1 ? Arrays.binarySearch(group.accentIds, phrase[0]) : -1;
      if (a >= 0) {
        asked.computeIfAbsent(group.accentWritten[a], k -> new ArrayList<>()).add(g);
      } else {
        free.add(g);
      }
    }
    int[] plain = free.stream().mapToInt(Integer::intValue).toArray();
    if (asked.isEmpty()) {
      return new PhraseGroups(plain, rulesByTrigger, null, null);
    }
    String[] spellings = asked.keySet().toArray(new String[0]);
    PhraseGroups[] bySpelling = new PhraseGroups[spellings.length];
    for (int k = 0; k < spellings.length; k++) {
      // the groups in the order they listed the phrase, as an unchecked hit would file them
      List<Integer> takers = asked.get(spellings[k]);
      bySpelling[k] = new PhraseGroups(groupIds.stream().filter(g -> free.contains(g) || takers.contains(g))
          .mapToInt(Integer::intValue).toArray(), rulesByTrigger, null, null);
    }
    return new PhraseGroups(plain, rulesByTrigger, spellings, bySpelling);
  }

  /** The reading of the phrase found at token {@code i} of {@code t} (for a one-word phrase, as that word is spelt). */
  PhraseGroups reading(Tokens t, int i) {
    if (spellings == null) {
      return this;
    }
    String written = writtenLower(t, i);
    for (int k = 0; k < spellings.length; k++) {
      if (written.equals(spellings[k])) {
        return bySpelling[k];
      }
    }
    return this;
  }

  /** The token as written, in NFC and lower case, for the check of terms spelt with their accents ("^firmará"). */
  private static String writtenLower(Tokens t, int i) {
    String surface = java.text.Normalizer.normalize(t.text.substring(t.start[i], t.end[i]), java.text.Normalizer.Form.NFC);
    return surface.toLowerCase(java.util.Locale.ROOT);
  }
}
