package io.wirewatch.enrich;

import io.wirewatch.enrich.internal.Alias;
import io.wirewatch.enrich.internal.Sentences;
import io.wirewatch.enrich.internal.TokenTrie;
import io.wirewatch.enrich.internal.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds gazetteer names in an article: one pass per field over its tokens, longest match
 * first, then article-wide checks (person-like names, shared names, weak names).
 */
final class Tagger {

  /** One accepted match. {@code code} is the country it counts for (for entities, their country). */
  record Mention(ArticleField field, int tokStart, int tokEnd, int start, int end, String text,
      Alias alias, String code, String entityId) {}

  /** A field with its tokens, sentences and mentions (in text order). */
  static final class FieldScan {
    final ArticleField field;
    final Tokens tokens;
    final List<int[]> sentences;
    final List<Mention> mentions = new ArrayList<>();
    final boolean german;

    FieldScan(ArticleField field, Tokens tokens, boolean german) {
      this.field = field;
      this.tokens = tokens;
      this.german = german;
      this.sentences = Sentences.split(tokens, german);
    }
  }

  /** Words that may stand capitalised just before a country name without making it a surname. */
  private static final Set<String> PREV_OK = Set.of(
      "the", "in", "on", "to", "from", "with", "and", "or", "by", "of", "for", "at", "as", "neighbouring",
      "neighboring", "both", "while", "but", "if", "when", "after", "before", "since", "across",
      "between", "against", "toward", "towards", "into", "like", "unlike", "including", "than",
      "king", "queen", "president", "minister", "ambassador", "envoy", "officials", "leaders",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "where", "why", "how", "what", "said", "says", "also", "only",
      "even", "meanwhile", "northern", "southern", "eastern", "western", "central",
      "north", "south", "east", "west", "neighbours", "neighbors", "ally", "allies");
  /** Capitalised words that may follow a country name without making it a first name. */
  private static final Set<String> NEXT_OK = Set.of(
      "president", "king", "queen", "prime", "foreign", "minister", "ministry", "government",
      "army", "military", "police", "officials", "official", "authorities", "border", "valley",
      "river", "embassy", "ambassador", "crown", "prince", "parliament", "armed", "forces",
      "security", "national", "central", "supreme", "defence", "defense", "interior", "state",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in",
      "and", "or", "the", "to", "for", "of", "at", "with", "said", "says");

  /** Prepositions that make a capital right after them a place rather than a government. */
  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "à", "a", "en", "im", "nach", "from", "desde", "depuis", "aus");

  /** "the embassy in Damascus" names the state the mission is accredited to, not a venue. */
  private static final Set<String> MISSION = Set.of(
      "embassy", "embassies", "consulate", "ambassador", "envoy", "ambassade", "embajada", "embajador", "botschaft",
      "botschafter");

  private final Gazetteer gazetteer;

  /**
   * A capital named as the place where something happened ("talks in Abu Dhabi", "signed in Kuala
   * Lumpur"): its country is the venue, not an actor or target of the event.
   */
  static boolean isVenue(Tokens t, Mention m) {
    String src = m.alias().source();
    int p = m.tokStart() - 1;
    return src != null && src.contains("/capital:") && p >= 0 && LOCATIVE.contains(t.norm[p])
        && (p == 0 || !MISSION.contains(t.norm[p - 1]));
  }

  Tagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Scans both fields and applies the article-wide checks; returns [headline, body]. */
  FieldScan[] scan(ArticleText text) {
    TokenTrie<Alias> trie = gazetteer.trie(text.lang());
    boolean german = "de".equals(text.lang());
    FieldScan head = new FieldScan(ArticleField.HEADLINE, Tokens.of(text.headline()), german);
    FieldScan body = new FieldScan(ArticleField.BODY, Tokens.of(text.body()), german);
    Set<String> personReadings = new HashSet<>();
    List<Mention> raw = new ArrayList<>();
    match(head, trie, personReadings, raw);
    match(body, trie, personReadings, raw);

    // 1. a person-like name read as a person anywhere is that person everywhere in the article
    // 2. shared names ("Congo") resolve to the country the article names unambiguously
    // 3. weak names count only next to a strong mention of the same country
    // 4. a name with another sense (turkey the bird, Georgia the US state) counts only when the
    //    article shows no cue of that sense or names the country another way as well
    Set<String> strong = new HashSet<>();
    List<Mention> kept = new ArrayList<>(raw.size());
    for (Mention m : raw) {
      if (m.alias().personLike() && !personReadings.isEmpty() && personReadings.contains(m.alias().key())) {
        continue;
      }
      kept.add(m);
      if (m.alias().kind() == Alias.Kind.COUNTRY && !m.alias().weak()) {
        strong.add(m.code());
      }
    }
    for (Mention m : kept) {
      Mention r = m;
      if (m.alias().kind() == Alias.Kind.EITHER) {
        String pick = m.alias().candidates().get(0);
        for (String c : m.alias().candidates()) {
          if (strong.contains(c)) {
            pick = c;
            break;
          }
        }
        r = new Mention(m.field(), m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), m.alias(), pick, null);
      } else if (m.alias().weak() && m.code() != null && !strong.contains(m.code())) {
        if (m.entityId() == null) {
          continue;
        }
        r = new Mention(m.field(), m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), m.alias(), null, m.entityId());
      }
      (r.field() == ArticleField.HEADLINE ? head : body).mentions.add(r);
    }
    dropOtherSenses(text, head, body);
    return new FieldScan[] {head, body};
  }

  private void dropOtherSenses(ArticleText text, FieldScan head, FieldScan body) {
    Set<String> sensed = null;
    Set<String> namedOtherwise = new HashSet<>();
    for (FieldScan fs : new FieldScan[] {head, body}) {
      for (Mention m : fs.mentions) {
        if (m.code() == null) {
          continue;
        }
        Gazetteer.Sense s = m.entityId() == null ? gazetteer.sense(m.alias(), m.code()) : null;
        if (s == null) {
          namedOtherwise.add(m.code());
        } else {
          if (sensed == null) {
            sensed = new HashSet<>();
          }
          sensed.add(m.code());
        }
      }
    }
    if (sensed == null) {
      return;
    }
    sensed.removeAll(namedOtherwise);
    Set<String> drop = sensed;
    for (FieldScan fs : new FieldScan[] {head, body}) {
      fs.mentions.removeIf(m -> {
        if (m.code() == null || m.entityId() != null || !drop.contains(m.code())) {
          return false;
        }
        Gazetteer.Sense s = gazetteer.sense(m.alias(), m.code());
        return s != null && (s.shownIn(text.headline()) || s.shownIn(text.body()));
      });
    }
  }

  private void match(FieldScan fs, TokenTrie<Alias> trie, Set<String> personReadings, List<Mention> out) {
    Tokens t = fs.tokens;
    boolean titleCase = fs.field == ArticleField.HEADLINE && isTitleCase(t);
    List<Alias> found = new ArrayList<>(2);
    List<Alias> probe = new ArrayList<>(2);
    int[] ids = trie.ids(t);
    int lastEnd = 0;
    int i = 0;
    while (i < t.size) {
      if (!t.is(i, Tokens.WORD) || !trie.startsPhrase(ids[i])) {
        i++;
        continue;
      }
      int end = trie.longest(t, i, t.size, Alias::caseMatches, found);
      if (end < 0) {
        i++;
        continue;
      }
      Alias first = found.get(0);
      if (first.kind() == Alias.Kind.BLOCK) {
        for (Alias a : found) {
          personReadings.addAll(a.shadows());
        }
        lastEnd = end;
        i = end;
        continue;
      }
      if (first.personLike() && !titleCase && readsAsPerson(t, i, end, lastEnd, trie, probe)) {
        personReadings.add(first.key());
        lastEnd = end;
        i = end;
        continue;
      }
      String text = t.span(i, end);
      int start = t.start[i];
      int stop = t.end[end - 1];
      for (int k = 0; k < found.size(); k++) {
        Alias a = found.get(k);
        if (sameAsEarlier(found, k)) {
          continue;
        }
        switch (a.kind()) {
          case COUNTRY -> out.add(new Mention(fs.field, i, end, start, stop, text, a, a.target(), null));
          case EITHER -> out.add(new Mention(fs.field, i, end, start, stop, text, a, null, null));
          case ENTITY -> {
            String country = gazetteer.entity(a.target()).map(Gazetteer.Entity::country).orElse(null);
            out.add(new Mention(fs.field, i, end, start, stop, text, a, country, a.target()));
          }
          default -> { }
        }
      }
      lastEnd = end;
      i = end;
    }
  }

  /** Does an earlier alias in the list produce the same kind of tag for the same target? */
  private static boolean sameAsEarlier(List<Alias> found, int k) {
    Alias a = found.get(k);
    for (int j = 0; j < k; j++) {
      Alias b = found.get(j);
      if (b.kind() == a.kind() && java.util.Objects.equals(b.target(), a.target())) {
        return true;
      }
    }
    return false;
  }

  /** "Michael Jordan", "Jordan Henderson", "Chad Smith": a capitalised neighbour makes a name. */
  private static boolean readsAsPerson(Tokens t, int from, int to, int lastEnd, TokenTrie<Alias> trie, List<Alias> probe) {
    int p = from - 1;
    if (p >= lastEnd && p >= 0 && t.is(p, Tokens.WORD) && t.is(p, Tokens.CAP) && !t.is(p, Tokens.UPPER)
        && t.sameLineGap(p) && !PREV_OK.contains(t.norm[p])) {
      return true;
    }
    if (to < t.size && t.is(to, Tokens.WORD) && t.is(to, Tokens.CAP) && !t.is(to, Tokens.UPPER)
        && t.sameLineGap(to - 1) && !NEXT_OK.contains(t.norm[to])) {
      return trie.longest(t, to, t.size, Alias::caseMatches, probe) < 0;
    }
    return false;
  }

  /** Headline style where most long words are capitalised: capitals say nothing about names. */
  static boolean isTitleCase(Tokens t) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.is(i, Tokens.WORD) && t.end[i] - t.start[i] >= 4) {
        words++;
        if (t.is(i, Tokens.CAP)) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 7;
  }
}
