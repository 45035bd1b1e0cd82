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
 * those groups ask for, and a plain one for any other spelling.
 */
final class PhraseGroups {
  /** The groups that take a hit of the phrase, in the order they listed it, and the rules they trigger, in rule order. */
  static final class Reading {
    final int[] groups;
    final int[] rules;

    private Reading(int[] groups, int[][] rulesByTrigger) {
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
    }
  }

  /** The spellings (NFC, lower case) that some groups ask of the word, and the reading for each. */
  private final String[] spellings;
  private final Reading[] bySpelling;
  /** The reading of a word written none of those ways, and of every phrase no group asks to be spelt a given way. */
  private final Reading plain;

  private PhraseGroups(String[] spellings, Reading[] bySpelling, Reading plain) {
    this.spellings = spellings;
    this.bySpelling = bySpelling;
    this.plain = plain;
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
    String[] spellings = asked.keySet().toArray(new String[0]);
    Reading[] bySpelling = new Reading[spellings.length];
    for (int k = 0; k < spellings.length; k++) {
      // the groups in the order they listed the phrase, as an unchecked hit would file them
      List<Integer> takers = asked.get(spellings[k]);
      bySpelling[k] = new Reading(groupIds.stream().filter(g -> free.contains(g) || takers.contains(g))
          .mapToInt(Integer::intValue).toArray(), rulesByTrigger);
    }
    return new PhraseGroups(spellings, bySpelling,
        new Reading(free.stream().mapToInt(Integer::intValue).toArray(), rulesByTrigger));
  }

  /** The reading of the phrase found at token {@code i} of {@code t} (for a one-word phrase, as that word is spelt). */
  Reading reading(Tokens t, int i) {
    if (spellings.length == 0) {
      return plain;
    }
    String written = writtenLower(t, i);
    for (int k = 0; k < spellings.length; k++) {
      if (written.equals(spellings[k])) {
        return bySpelling[k];
      }
    }
    return plain;
  }

  /** The token as written, in NFC and lower case, for the check of terms spelt with their accents ("^firmará"). */
  private static String writtenLower(Tokens t, int i) {
    String surface = java.text.Normalizer.normalize(t.text.substring(t.start[i], t.end[i]), java.text.Normalizer.Form.NFC);
    return surface.toLowerCase(java.util.Locale.ROOT);
  }
}
