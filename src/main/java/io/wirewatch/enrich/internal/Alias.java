package io.wirewatch.enrich.internal;

import java.util.List;
import java.util.Set;

/**
 * One way of writing a gazetteer entry, as matched against text.
 *
 * @param kind what a match produces
 * @param surface the name as written in the gazetteer
 * @param source the evidence source, e.g. {@code gazetteer:KP/capital:Pyongyang}
 * @param target alpha-2 code (COUNTRY), entity id (ENTITY), or null
 * @param candidates codes an EITHER name may stand for, first is the default
 * @param personLike the name is also a common personal name ("?" flag)
 * @param weak the name counts only next to a strong mention of the same country ("~" flag)
 * @param caseRule per token: 0 any case, {@link Tokens#CAP} or {@link Tokens#UPPER}
 * @param folded the folded tokens
 * @param shadows for a BLOCK: folded keys of person-like names inside it
 */
public record Alias(
    Kind kind,
    String surface,
    String source,
    String target,
    List<String> candidates,
    boolean personLike,
    boolean weak,
    byte[] caseRule,
    List<String> folded,
    Set<String> shadows) {

  /** What a match produces. */
  public enum Kind {
    COUNTRY,
    ENTITY,
    EITHER,
    BLOCK
  }

  public String key() {
    return String.join(" ", folded);
  }

  /** Does the text at tokens [from, from + folded.size()) satisfy the case rule? */
  public boolean caseMatches(Tokens t, int from) {
    for (int k = 0; k < caseRule.length; k++) {
      int need = caseRule[k];
      if (need != 0 && (t.shape[from + k] & need) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Derives the case rule from how the name is written. */
  public static byte[] caseRuleOf(String surface) {
    Tokens t = Tokens.of(surface);
    byte[] r = new byte[t.size];
    for (int i = 0; i < t.size; i++) {
      String raw = surface.substring(t.start[i], t.end[i]);
      long letters = raw.chars().filter(Character::isLetter).count();
      if (t.is(i, Tokens.UPPER) && (letters >= 2 || raw.length() == 1)) {
        r[i] = Tokens.UPPER;
      } else if (t.is(i, Tokens.CAP)) {
        r[i] = Tokens.CAP;
      }
    }
    return r;
  }
}
