package io.wirewatch.enrich;

import io.wirewatch.enrich.RuleSet.Excl;
import io.wirewatch.enrich.RuleSet.Group;
import io.wirewatch.enrich.RuleSet.Req;
import io.wirewatch.enrich.RuleSet.Rule;
import io.wirewatch.enrich.RuleSet.Where;
import io.wirewatch.enrich.Tagger.FieldScan;
import io.wirewatch.enrich.Tagger.Mention;
import io.wirewatch.enrich.internal.Sentences;
import io.wirewatch.enrich.internal.Tokens;
import io.wirewatch.enrich.internal.WordClasses;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules over each sentence of an article already scanned by the {@link Tagger}.
 *
 * <p>Each sentence is searched once for the terms of every rule (one walk of the rule trie per
 * token), and the hits are filed by term group. A rule is examined only when its trigger group
 * has a hit in the sentence, and its other checks (require, absent, exclude, background) read
 * only the hits of their own groups, so the cost grows with what the sentence contains, not
 * with the number of rules.
 */
final class EventDetector {
  /** A term found in a sentence: group id and token range. */
  private record Hit(int group, int start, int end) {}

  /**
   * A rule that fired on a sentence, before its roles and evidence are worked out; {@code index} is the rule's place in
   * the rule list; confidence as reported.
   */
  private record Fired(Rule rule, int index, Hit trigger, List<Hit> required, Hit proposal, String venue, double confidence) {}

  /**
   * The term hits of one sentence, filed by group: the hits of group g are entries
   * [from(g), to(g)) of {@code start} and {@code end}, in the order they were found
   * (text order for terms, then mention order for special groups). Reused from sentence to
   * sentence within one article; never shared between threads.
   *
   * <p>Two steps: the trie walk notes each phrase found with its {@link PhraseGroups} reading, and the rules those
   * phrases trigger; then only the groups that the triggered rules read are filed ({@link #need}, {@link #addNeededFound}, {@link #file}).
   */
  private static final class Hits implements io.wirewatch.enrich.internal.TokenTrie.Sink<PhraseGroups> {
    /** The phrases found in the sentence, in the order found; phrase k spans tokens [span[2k], span[2k + 1]). */
    private int phrases;
    private PhraseGroups[] found = new PhraseGroups[32];
    private int[] span = new int[64];
    /** Whether some phrase found triggers a rule. */
    private boolean anyTrigger;
    private int n;
    private int[] rawGroup = new int[64];
    private int[] rawStart = new int[64];
    private int[] rawEnd = new int[64];
    /** Per group: the filing ({@link #filed}) that last saw it, and its range then. */
    private final int[] seen;
    private final int[] gFrom;
    private final int[] gTo;
    /** Per group: the filing for which it was last {@link #need needed}. */
    private final int[] needed;
    /** Per rule, by place: the filing for which it was last {@link #trigger triggered}. */
    private final int[] ruleSeen;
    private int[] touched = new int[64];
    /** How many groups {@link #touched} holds: the groups with hits at the last filing. */
    private int groupsHit;
    /** The rules, by place, triggered for the coming filing ({@link #trigger}), in rule order once {@link #triggered}. */
    int[] rulesHit = new int[16];
    private int rulesHitCount;
    private int filed;
    int[] start = new int[64];
    int[] end = new int[64];
    /** The token the trie walk started from, for {@link #accept}. */
    private int from;
    /** The rule trie's numbers of the current field's event-folded tokens. */
    int[] ids;
    /** The current field's tokens, whose spelling a phrase's reading may depend on. */
    Tokens tokens;

    Hits(RuleSet rules) {
      int groups = rules.groups.size();
      this.seen = new int[groups];
      this.gFrom = new int[groups];
      this.gTo = new int[groups];
      this.needed = new int[groups];
      this.ruleSeen = new int[rules.rules.size()];
    }

    void clear() {
      phrases = 0;
      anyTrigger = false;
      n = 0;
      rulesHitCount = 0;
      filed++;
    }

    boolean anyTrigger() {
      return anyTrigger;
    }

    void add(int group, int s, int e) {
      if (n == rawGroup.length) {
        rawGroup = java.util.Arrays.copyOf(rawGroup, n * 2);
        rawStart = java.util.Arrays.copyOf(rawStart, n * 2);
        rawEnd = java.util.Arrays.copyOf(rawEnd, n * 2);
      }
      rawGroup[n] = group;
      rawStart[n] = s;
      rawEnd[n] = e;
      n++;
    }

    /** Collects the phrases that start at token {@code p}. */
    void termsAt(io.wirewatch.enrich.internal.TokenTrie<PhraseGroups> trie, int p, int limit) {
      if (trie.startsPhrase(ids[p])) {
        from = p;
        trie.matchesAt(ids, p, limit, this);
      }
    }

    @Override
    public void accept(int stop, List<PhraseGroups> values) {
      PhraseGroups r = values.get(0).reading(tokens, from);
      if (!r.any) {
        return;
      }
      if (phrases == found.length) {
        found = java.util.Arrays.copyOf(found, phrases * 2);
        span = java.util.Arrays.copyOf(span, phrases * 4);
      }
      found[phrases] = r;
      span[2 * phrases] = from;
      span[2 * phrases + 1] = stop;
      phrases++;
      anyTrigger |= r.triggers;
    }

    /** Notes the rules, by place, that a hit triggers for the coming filing. */
    void trigger(int[] rules) {
      for (int ri : rules) {
        if (ruleSeen[ri] != filed) {
          ruleSeen[ri] = filed;
          if (rulesHitCount == rulesHit.length) {
            rulesHit = java.util.Arrays.copyOf(rulesHit, rulesHitCount * 2);
          }
          rulesHit[rulesHitCount++] = ri;
        }
      }
    }

    /** Notes the rules that the phrases found trigger. */
    void triggerFound() {
      for (int k = 0; k < phrases; k++) {
        trigger(found[k].rules);
      }
    }

    /** Puts the rules triggered for the coming filing into {@link #rulesHit} in rule order; returns how many. */
    int triggered() {
      java.util.Arrays.sort(rulesHit, 0, rulesHitCount);
      return rulesHitCount;
    }

    /** Marks the groups whose hits the coming filing keeps. */
    void need(int[] groups) {
      for (int g : groups) {
        needed[g] = filed;
      }
    }

    /** Adds the hits of the needed groups among the phrases found, in the order found. */
    void addNeededFound() {
      for (int k = 0; k < phrases; k++) {
        addNeeded(found[k].groups, span[2 * k], span[2 * k + 1]);
      }
    }

    /** Adds a hit [s, e) for each of the groups that is needed. */
    void addNeeded(int[] groups, int s, int e) {
      for (int g : groups) {
        if (needed[g] == filed) {
          add(g, s, e);
        }
      }
    }

    /**
     * Files the hits by group (a stable counting sort over the groups that have hits, so a
     * sentence costs its hits, not the number of groups).
     */
    void file() {
      if (touched.length < n) {
        touched = new int[rawGroup.length];
      }
      groupsHit = 0;
      for (int k = 0; k < n; k++) {
        int g = rawGroup[k];
        if (seen[g] != filed) {
          seen[g] = filed;
          gTo[g] = 0;
          touched[groupsHit++] = g;
        }
        gTo[g]++;
      }
      int at = 0;
      for (int j = 0; j < groupsHit; j++) {
        int g = touched[j];
        gFrom[g] = at;
        at += gTo[g];
        gTo[g] = gFrom[g]; // the next free entry while the hits are placed; the range's end after
      }
      if (start.length < n) {
        start = new int[rawGroup.length];
        end = new int[rawGroup.length];
      }
      for (int k = 0; k < n; k++) {
        int e = gTo[rawGroup[k]]++;
        start[e] = rawStart[k];
        end[e] = rawEnd[k];
      }
    }

    int from(int group) {
      return seen[group] == filed ? gFrom[group] : 0;
    }

    int to(int group) {
      return seen[group] == filed ? gTo[group] : 0;
    }

    /** Whether each of the groups has a hit at the last filing. */
    boolean anyOfEach(int[] groups) {
      for (int g : groups) {
        if (to(g) == from(g)) {
          return false;
        }
      }
      return true;
    }

    Hit hit(int group, int k) {
      return new Hit(group, start[k], end[k]);
    }
  }

  /**
   * The word lists below, each a class of folded words: every field's tokens get their classes once
   * ({@link WordClasses#of}), so a check such as "is this a day word" reads a bit of the token instead of
   * probing a Set with the token's String each time it is asked.
   */
  private static final WordClasses WORDS = new WordClasses();
  private static final int CLAUSE_BREAK = WORDS.add(Set.of(";", "but", "while", "whereas", "although", "though", "meanwhile",
      "after", "because", "before", "when", "despite", "mientras", "tandis", "sondern", "aunque",
      "obwohl", "porque", "weil", "\u2013", "\u2014"));
  // (a colon too: a headline's kicker is a clause of its own, "No maps, no deal: border talks end in stalemate")
  private static final int SCOPE_END = WORDS.add(Set.of(";", ":", "but", "whereas", "although", "though", "meanwhile", "after",
      "because", "despite"));
  private static final int SUBJECT_STOP = WORDS.add(Set.of(";", ":", "said", "says", "say", "told", "that",
      "according", "but", "while", "after", "when", "as", "because", "since", "although", "which", "who",
      "amid", "before", "if", "whereas", "\"", "over", "against", "about"));
  private static final int OBJECT_STOP = WORDS.add(Set.of(";", ":", "said", "says", "say", "told", "after",
      "as", "while", "but", "because", "when", "which", "who", "amid", "before", "since", "over", "despite",
      "following", "\"", "during"));
  private static final int PASSIVE_AUX = WORDS.add(Set.of("was", "were", "been", "being", "is", "are", "be", "get", "got"));
  private static final int MODIFIERS = WORDS.add(Set.of("new", "more", "fresh", "further", "additional", "tougher",
      "tough", "harsh", "harsher", "economic", "financial", "oil", "trade", "unilateral", "international",
      "sweeping", "the", "its", "their", "'", "s", "-", "related", "tighter", "wider", "broader", "stringent",
      "punishing", "crippling", "targeted", "secondary", "western", "a", "an", "of", "latest", "first",
      "second", "third", "another", "ballistic", "two", "three", "several", "senior", "some"));
  private static final int ATTACH_PREP = WORDS.add(Set.of("on", "against", "targeting", "from", "with", "to", "of"));
  private static final int LIST_GLUE = WORDS.add(Set.of(",", "and", "&", "the", "'", "s", "-", "or"));
  /**
   * Verbs after which "to" + trigger reports a decision taken ("agreed to restore ties"), not a
   * headline's future ("Macron to visit China").
   */
  private static final int DECIDED_TO = WORDS.add(Set.of("agree", "agrees", "agreed", "vote", "votes", "voted",
      "decide", "decides", "decided", "move", "moves", "moved", "begin", "begins", "began", "start", "starts",
      "started", "continue", "continues", "continued", "refuse", "refuses", "refused"));
  /** Confidence added for each further sentence that reports the same topic (at most two). */
  private static final double CORROBORATION = 0.05;
  /** Month names in English, French, Spanish and German. */
  private static final int MONTHS = WORDS.add(Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
      "octobre", "novembre", "decembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "marz", "juni", "juli", "oktober",
      "dezember"));
  /** Month names that are also common words ("march", "may", "mars", "mai"): a month only before a number. */
  private static final int MONTH_NEEDS_NUMBER = WORDS.add(Set.of("march", "may", "mars", "mai"));
  /**
   * Words before Spanish "mañana" and German "morgen" that make them the morning ("esta mañana", "por la mañana",
   * "am frühen Morgen", "heute Morgen"), not tomorrow: a future time that would make the sentence a plan.
   */
  private static final int MORNING_BEFORE = WORDS.add(Set.of("esta", "la", "cada", "una", "esa", "aquella", "am", "heute",
      "gestern", "fruhen", "jeden", "diesen", "dem", "einem", "den", "guten"));
  private static final int ENGLISH_MONTHS = WORDS.add(Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec"));

  /**
   * The lead of an article: its headline and first {@value} body sentences. A topic whose only
   * report lies further down, in one sentence with no day of its own, is background to the story
   * ("the two leaders last met in Paris", "Israel, which has carried out strikes in Syria since..."),
   * not a new event, and is not emitted (LABELLING: the lead event plus developments reported in a
   * clause of their own within the news window).
   */
  private static final int LEAD_SENTENCES = 4;
  /**
   * Topics that are reactions to the lead event rather than events of their own: a condemnation
   * or protest is reported wherever the reactions are quoted, usually below the lead.
   */
  private static final Set<String> REACTIONS = Set.of("condemnation");
  /**
   * An article whose one event is found neither in its headline nor in its opening sentence, and found with less than this
   * confidence, reports no event: the one match is a plan, a background paragraph or a word of another trade ("the unions
   * reached a deal with the government", "a second meeting is scheduled for Friday") in a story about something else. Wire
   * copy puts its news in the headline and the lede. Measured before it was written on articles the rules had not been
   * written from: the tune halves of the eleventh and twelfth rounds' waves, scored with the rules of each round's start,
   * lose 34 wrong events and 5 right ones by it.
   */
  private static final double LONE_BODY_EVENT_BAR = 0.8;
  /**
   * Topics exempt from {@link #LONE_BODY_EVENT_BAR}: an aid delivery is often headlined by its place or its people ("First
   * convoy reaches northern Gaza"), in words that report no act of a state.
   */
  private static final Set<String> LONE_BODY_EXEMPT = Set.of("humanitarian-aid");
  /** Words that date a sentence inside the news window: days, and "today", "yesterday". */
  private static final int DAYS = WORDS.add(days());

  /**
   * Day words of the four languages; German also joins the part of the day to the day ("am Dienstagmittag", "am
   * Montagabend").
   */
  private static Set<String> days() {
    Set<String> days = new HashSet<>(weekdayNames());
    days.addAll(List.of("yesterday", "today", "tonight", "overnight", "hier", "aujourd'hui", "ayer", "hoy", "gestern", "heute",
        // the day of the story itself: "plus tôt dans la journée", "en la jornada de este martes"
        "journee", "jornada"));
    return Set.copyOf(days);
  }

  /** The weekdays of the four languages; German also joins the part of the day to the day ("am Montagabend"). */
  private static Set<String> weekdayNames() {
    Set<String> names = new HashSet<>(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miercoles", "jueves",
        "viernes", "sabado", "domingo"));
    for (String day : List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")) {
      names.add(day);
      for (String part : List.of("morgen", "vormittag", "mittag", "nachmittag", "abend")) {
        names.add(day + part);
      }
    }
    return Set.copyOf(names);
  }
  /** Words that open a relative clause after a comma ("which", "qui", "cuyo", "deren"). */
  private static final int RELATIVE_WORDS = WORDS.add(Set.of("which", "who", "whose", "whom", "qui", "que", "dont",
      "lequel", "laquelle", "lesquels", "lesquelles", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "cual",
      "cuales", "der", "die", "das", "dessen", "deren", "denen", "welche", "welcher", "welches"));
  /** German inseparable verb prefixes: what they leave of a word is no compound's head ("ver|einigten", "be|schlossen"). */
  private static final Set<String> VERB_PREFIXES = Set.of("be", "emp", "ent", "er", "ge", "miss", "ver", "zer");
  /** Days before publication that a written date may lie and still be news (LABELLING: "about a week"). */
  private static final int WINDOW_DAYS = 10;
  /** The publication day of an article that has none. */
  private static final long NO_DAY = Long.MIN_VALUE;
  /** Month names by number, for dates written out ("Nov. 18", "le 18 novembre", "el 18 de noviembre", "am 18. November"). */
  private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();
  /**
   * Words before a written date that make it the day the act takes place ("on Nov. 18", "le 18 novembre", "el 18 de
   * noviembre", "am 18. November", "scheduled for Nov. 18", "el próximo 18"), not a term or deadline ("until Jan. 31",
   * "from Dec. 1", "jusqu'au 31 janvier", "hasta el 31", "bis zum 31.").
   */
  private static final Set<String> DATE_OPENERS = Set.of("on", "le", "el", "am", "for", "pour", "para", "fur",
      "proximo");
  /** The most words a clause set off by commas may have and still be read as an appositive ("closed in 2019"). */
  private static final int APPOSITIVE_MAX = 6;
  /** How many tokens from the trigger a day word may stand and still date it (see {@code dayInStretch}). */
  private static final int DAY_REACH = 10;
  private static final int STRETCH_END = WORDS.add(Set.of(",", ";", ":", "said", "says", "told", "dijo", "dit", "sagte", "that",
      "que", "qu'", "dass"));
  /** Past-perfect auxiliaries, which the background cues also hold ("hatte", "had"): dated in the stretch, not background. */
  private static final int PERFECT_AUX = WORDS.add(Set.of("had", "hatte", "hatten", "avait", "avaient", "habia", "habian"));
  /**
   * Coordinators: a trigger right after one is the second verb of a coordinated predicate ("could close its border
   * with Belarus again and expel its diplomats"), which the modal, negation or plan before the first verb governs too.
   */
  private static final int COORDINATOR = WORDS.add(Set.of("and", "or", "nor", "et", "ou", "ni", "y", "e", "o", "u",
      "und", "oder"));
  /** Words an exclude group reaches further back over a coordinated predicate, with no comma or clause break between. */
  private static final int COORDINATED_REACH = 6;
  private static final int WEEK = WORDS.add(Set.of("week", "semaine", "semana", "woche"));
  private static final int THIS_OR_LAST = WORDS.add(Set.of("this", "last", "past", "cette", "esta", "diese", "dieser",
      "letzte", "letzten", "vergangene", "vergangenen"));
  private static final int LAST_AFTER = WORDS.add(Set.of("derniere", "pasada"));
  /** "a day later", "hours earlier", "al día siguiente", "einen Tag später": dated by the lead event's day. */
  private static final int RELATIVE = WORDS.add(Set.of("later", "earlier", "siguiente", "despues", "antes", "spater",
      "zuvor", "darauf",
      // counted on from the story's own event: "The veto came a day after Egypt's foreign minister met Rubio" (not "days
      // before", which as often counts back from an older one: "Israel launched its air campaign days before")
      "after", "apres", "tras", "nach"));
  private static final int SHORT_SPAN = WORDS.add(Set.of("day", "days", "hours", "hour", "dia", "dias", "horas", "tag",
      "tage", "tags", "stunden", "jour", "jours", "heures"));
  private static final int NEXT_DAY = WORDS.add(Set.of("lendemain", "veille"));
  /** Parts of the day that date a sentence after "this", "last", "ce", "cette", "esta": "this morning", "esta mañana". */
  private static final int PART_OF_DAY = WORDS.add(Set.of("morning", "afternoon", "evening", "night", "matin", "soir",
      "nuit", "manana", "tarde", "noche"));
  private static final int THIS_PART = WORDS.add(Set.of("this", "last", "ce", "cette", "esta"));

  /**
   * Does the sentence carry a date inside the news window ("on Tuesday", "last week", "hier", "a day
   * later", "le lendemain")? In the week's diary ({@code diary}) a weekday is one of the days ahead, so it dates nothing
   * in the window; "yesterday", "overnight" or "this morning" still do.
   */
  private static boolean dated(Tokens t, int[] w, int[] sent, boolean diary) {
    for (int i = sent[0]; i < sent[1]; i++) {
      int c = w[i];
      if ((c & DAYS) != 0 && !(diary && WEEKDAY_NAMES.contains(t.norm[i])) || thisPartOfDay(w, sent, i)) {
        return true;
      }
      if ((c & NEXT_DAY) != 0 || countedBack(w, sent, i)
          || (t.norm[i].equals("tard") && i - 1 > sent[0] && (w[i - 2] & SHORT_SPAN) != 0)) {
        return true;
      }
      if ((c & WEEK) != 0 && ((i > sent[0] && (w[i - 1] & THIS_OR_LAST) != 0)
          || (i + 1 < sent[1] && (w[i + 1] & LAST_AFTER) != 0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token i is a part of the day named as this one or the last ("this morning", "last night", "ce soir"). */
  private static boolean thisPartOfDay(int[] w, int[] sent, int i) {
    return (w[i] & PART_OF_DAY) != 0 && i > sent[0] && (w[i - 1] & THIS_PART) != 0;
  }

  /** Whether token i closes a short span counted from the lead event: "hours earlier", "two days later", "Stunden zuvor". */
  private static boolean countedBack(int[] w, int[] sent, int i) {
    return (w[i] & RELATIVE) != 0 && i > sent[0] && (w[i - 1] & SHORT_SPAN) != 0;
  }

  private final RuleSet rules;
  private final Gazetteer gazetteer;
  /** Per rule, by its place in the rule list: the number of its topic (topics numbered in {@link #suppresses}). */
  private final int[] topicOf;
  /** Per rule, by its place in the rule list: the topics, by number, it suppresses in a sentence where it fires. */
  private final boolean[][] suppresses;
  /** Per group id: the rules, by place in the rule list and in that order, that the group triggers. */
  private final int[][] rulesByTrigger;
  /** The rule trie with, for each phrase, the groups that list it and the rules they trigger. */
  private final io.wirewatch.enrich.internal.TokenTrie<PhraseGroups> phrases;
  /** Per rule, by place: the groups whose hits it reads (trigger, require, absent, exclude and its "unless", background, proposal). */
  private final int[][] groupsRead;
  /** Per rule, by place: the groups of its require list, each of which must have a hit for the rule to match. */
  private final int[][] groupsRequired;
  /**
   * The ids of the special groups that take a mention, in the order of {@code rules.specialGroups}, by the mention's kind
   * ({@link #kind}): for a mention of no entity that a special group names.
   */
  private final int[][] specialByKind;
  /** As {@link #specialByKind}, for a mention of each entity that some special group names. */
  private final Map<String, int[][]> specialByEntity = new java.util.HashMap<>();

  EventDetector(RuleSet rules, Gazetteer gazetteer) {
    this.rules = rules;
    this.gazetteer = gazetteer;
    // what rule.suppresses().contains(topic) and group.entities.contains(entity) answer, worked out once here instead
    // of probing those String sets for every sentence and every mention
    Map<String, Integer> topicNumbers = new java.util.HashMap<>();
    for (Rule r : rules.rules) {
      topicNumbers.putIfAbsent(r.topic(), topicNumbers.size());
      for (String s : r.suppresses()) {
        topicNumbers.putIfAbsent(s, topicNumbers.size());
      }
    }
    int[] triggers = new int[rules.groups.size()];
    for (Rule r : rules.rules) {
      triggers[r.trigger()]++;
    }
    rulesByTrigger = new int[rules.groups.size()][];
    for (int g = 0; g < triggers.length; g++) {
      rulesByTrigger[g] = new int[triggers[g]];
      triggers[g] = 0;
    }
    for (int ri = 0; ri < rules.rules.size(); ri++) {
      int g = rules.rules.get(ri).trigger();
      rulesByTrigger[g][triggers[g]++] = ri;
    }
    phrases = rules.trie.map((phrase, groupIds) -> PhraseGroups.of(phrase, groupIds, rules.groups, rulesByTrigger));
    groupsRead = new int[rules.rules.size()][];
    groupsRequired = new int[rules.rules.size()][];
    for (int ri = 0; ri < rules.rules.size(); ri++) {
      groupsRead[ri] = groupsRead(rules.rules.get(ri));
      groupsRequired[ri] = rules.rules.get(ri).require().stream().mapToInt(Req::group).toArray();
    }
    topicOf = new int[rules.rules.size()];
    suppresses = new boolean[rules.rules.size()][topicNumbers.size()];
    for (int ri = 0; ri < rules.rules.size(); ri++) {
      Rule r = rules.rules.get(ri);
      topicOf[ri] = topicNumbers.get(r.topic());
      for (String s : r.suppresses()) {
        suppresses[ri][topicNumbers.get(s)] = true;
      }
    }
    Map<String, boolean[]> entityGroups = new java.util.HashMap<>();
    for (int gi = 0; gi < rules.specialGroups.size(); gi++) {
      for (String e : rules.specialGroups.get(gi).entities) {
        entityGroups.computeIfAbsent(e, k -> new boolean[rules.specialGroups.size()])[gi] = true;
      }
    }
    specialByKind = specialGroupsByKind(null);
    entityGroups.forEach((e, named) -> specialByEntity.put(e, specialGroupsByKind(named)));
    headlineAbsent = new boolean[rules.groups.size()];
    boolean any = false;
    for (Rule r : rules.rules) {
      if (r.headlineAbsent() >= 0) {
        headlineAbsent[r.headlineAbsent()] = true;
        any = true;
      }
    }
    anyHeadlineAbsent = any;
  }

  private static final Set<String> LIVE_PAGES = Set.of("live", "liveblog", "ticker", "briefing", "roundup", "newsletter",
      "en direct", "en vivo", "en directo", "directo");

  /** The groups some rule names as "headline-absent", by group id; and whether there is any. */
  private final boolean[] headlineAbsent;
  private final boolean anyHeadlineAbsent;

  /**
   * The "headline-absent" groups that have a term in the headline, given by its tokens and their phrase numbers: the rules
   * that name one of them fire nowhere in the article. Null when the headline holds none, when it heads a live page or a
   * briefing of several stories, or when no rule names such a group.
   */
  private java.util.BitSet headlineAbsentHits(Tokens t, int[] ids) {
    if (!anyHeadlineAbsent || LIVE_PAGES.contains(t.norm[0])
        || t.size > 1 && LIVE_PAGES.contains(t.norm[0] + " " + t.norm[1])) {
      // (a live page's or a briefing's headline names several stories, "Live: Danish coalition talks stall; Seoul, Tokyo
      // ministers meet": its cue files no one story)
      return null;
    }
    java.util.BitSet found = new java.util.BitSet();
    for (int p = 0; p < t.size; p++) {
      if (phrases.startsPhrase(ids[p])) {
        int from = p;
        phrases.matchesAt(ids, p, t.size, (end, values) -> {
          for (int g : values.get(0).reading(t, from).groups) {
            if (headlineAbsent[g]) {
              found.set(g);
            }
          }
        });
      }
    }
    return found.isEmpty() ? null : found;
  }

  /** The fired rules whose headline-absent group the headline does not hold. */
  private static List<Fired> notFiledAway(List<Fired> fired, java.util.BitSet inHeadline) {
    return fired.stream().filter(f -> f.rule().headlineAbsent() < 0 || !inHeadline.get(f.rule().headlineAbsent())).toList();
  }

  /** The rules' token numbers of a field as the rules read it: years, months, German compounds, French conditionals. */
  private String[] eventNormOf(FieldScan fs, int[] w, String lang) {
    String[] norm = eventNorm(fs.tokens, w);
    if ("de".equals(lang)) {
      compoundHeads(norm);
    } else if ("fr".equals(lang)) {
      frenchConditionals(norm);
    }
    return norm;
  }

  private static int[] groupsRead(Rule r) {
    java.util.stream.IntStream.Builder b = java.util.stream.IntStream.builder();
    b.add(r.trigger());
    r.require().forEach(q -> b.add(q.group()));
    r.absent().forEach(q -> b.add(q.group()));
    for (Excl ex : r.exclude()) {
      b.add(ex.group());
      if (ex.unless() >= 0) {
        b.add(ex.unless());
      }
    }
    if (r.background() >= 0) {
      b.add(r.background());
    }
    if (r.proposal() != null) {
      b.add(r.proposal().group());
    }
    return b.build().distinct().toArray();
  }

  /** A mention's kind: whether it is of a country, a demonym, a person, as three bits. */
  private static int kind(boolean country, boolean demonym, boolean person) {
    return (country ? 1 : 0) | (demonym ? 2 : 0) | (person ? 4 : 0);
  }

  /**
   * For each {@link #kind} of mention, the ids of the special groups that take it, in the order of
   * {@code rules.specialGroups}; {@code named} says, by place, which of them name the mention's entity (null: none).
   */
  private int[][] specialGroupsByKind(boolean[] named) {
    int[][] out = new int[8][];
    for (int kind = 0; kind < out.length; kind++) {
      boolean country = (kind & 1) != 0;
      boolean demonym = (kind & 2) != 0;
      boolean person = (kind & 4) != 0;
      int[] ids = new int[rules.specialGroups.size()];
      int n = 0;
      for (int gi = 0; gi < rules.specialGroups.size(); gi++) {
        Group g = rules.specialGroups.get(gi);
        if ((g.country && country) || (g.demonym && demonym) || (g.person && person) || (named != null && named[gi])) {
          ids[n++] = g.id;
        }
      }
      out[kind] = java.util.Arrays.copyOf(ids, n);
    }
    return out;
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
        {"january", "jan", "janvier", "enero", "januar"}, {"february", "feb", "fevrier", "febrero", "februar"},
        {"march", "mar", "mars", "marzo", "marz"}, {"april", "apr", "avril", "abril"}, {"may", "mai", "mayo"},
        {"june", "jun", "juin", "junio", "juni"}, {"july", "jul", "juillet", "julio", "juli"},
        {"august", "aug", "aout", "agosto"}, {"september", "sep", "sept", "septembre", "septiembre"},
        {"october", "oct", "octobre", "octubre", "oktober"}, {"november", "nov", "novembre", "noviembre"},
        {"december", "dec", "decembre", "diciembre", "dezember"}};
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return m;
  }

  private static final Set<String> BYLINE_OPENERS = Set.of("by", "par", "por", "von");

  /**
   * A dateline set as a sentence of its own: "ISLAMABAD, 12 ene (Wirewatch).-", a short place-and-date line whose last
   * word stands in brackets, followed by nothing but punctuation. The lede is the sentence after it.
   */
  static boolean isDateline(Tokens t, int[] sent) {
    if (sent[1] - sent[0] > 12) {
      return false;
    }
    int close = -1;
    boolean open = false;
    for (int i = sent[0]; i < sent[1]; i++) {
      if (t.norm[i].equals("(")) {
        open = true;
      } else if (t.norm[i].equals(")") && open) {
        close = i;
      }
    }
    if (close < 0 || close == sent[0] + 1) {
      return false;
    }
    for (int i = close + 1; i < sent[1]; i++) {
      if (Character.isLetterOrDigit(t.norm[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the one event of an article is too weak to stand alone ({@link #LONE_BODY_EVENT_BAR}). */
  private static boolean loneBodyEvent(EventMatch m, Set<String> opening) {
    return m.confidence() < LONE_BODY_EVENT_BAR && !opening.contains(m.topic()) && !LONE_BODY_EXEMPT.contains(m.topic());
  }

  /** A byline line: "By Miriam Okafor and Noa Levi", "Por Andrés Villalba", a short line with no full stop. */
  static boolean isByline(Tokens t, int[] sent) {
    int n = sent[1] - sent[0];
    if (n < 2 || n > 12 || !BYLINE_OPENERS.contains(t.norm[sent[0]])) {
      return false;
    }
    for (int i = sent[0]; i < sent[1]; i++) {
      if (t.norm[i].equals(".") || t.norm[i].equals("!") || t.norm[i].equals("?")) {
        return false;
      }
    }
    return sent[1] >= t.size || t.lineBreaksAfter(sent[1] - 1) >= 1;
  }

  List<EventMatch> detect(ArticleText text, FieldScan[] scans) {
    int year = text.published() == null ? -1 : text.published().atZone(ZoneOffset.UTC).getYear();
    long day = text.published() == null ? NO_DAY : text.published().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    List<Mention> all = new ArrayList<>();
    for (FieldScan fs : scans) {
      all.addAll(fs.mentions);
    }
    Map<String, EventMatch> best = new LinkedHashMap<>();
    Map<String, Integer> support = new java.util.HashMap<>();
    Set<String> news = new HashSet<>();
    // topics reported in the headline or the opening sentence
    Set<String> opening = new HashSet<>();
    Hits hits = new Hits(rules);
    // the headline-absent groups the headline holds, worked out from the headline's phrase numbers (the headline comes first)
    java.util.BitSet inHeadline = null;
    // an analysis, a feature or an anniversary piece has no lead event: only what it dates in the news window is news
    boolean analysis = false;
    // the week's diary ("Week ahead: ...") is an analysis whose weekdays are the days to come
    boolean diary = false;
    for (FieldScan fs : scans) {
      if (fs.field == ArticleField.HEADLINE && !fs.sentences.isEmpty()) {
        if (sportTitle(fs.tokens, fs.sentences.get(0))) {
          // a story of the sports pages: its sanctions, strikes and truces are a game's (LABELLING: never a state's act)
          return List.of();
        }
        // a factbox or a timeline lists earlier events as an analysis recalls them: only what it dates in the window is news
        analysis = analysisTitle(fs.tokens, fs.sentences.get(0)) || referenceTitle(fs.tokens, fs.sentences.get(0));
        diary = analysis && sectionTitle(fs.tokens, fs.sentences.get(0), DIARY_GENRES);
      }
    }
    for (FieldScan fs : scans) {
      if (fs.tokens.size == 0) {
        continue;
      }
      int[] w = WORDS.of(fs.tokens);
      if (fs.field == ArticleField.HEADLINE) {
        headlineDashes(fs.tokens, w);
      }
      String[] norm = eventNormOf(fs, w, text.lang());
      hits.ids = phrases.ids(norm, fs.tokens);
      quotesInPhrases(fs.tokens, hits.ids);
      if (fs.field == ArticleField.HEADLINE) {
        inHeadline = headlineAbsentHits(fs.tokens, hits.ids);
        if (analysis) {
          // an analysis's headline reports no event of its own; its cue still files the body
          continue;
        }
      }
      hits.tokens = fs.tokens;
      int mi = 0;
      // whether the sentences so far tell a story of an earlier year ("Twenty years ago on Friday ... Within hours, Pyongyang
      // announced ...", "The test on Oct. 9, 2006 came ... Five days later, the Council adopted ..."): a sentence that opens
      // with a time counted from the one before ("five days later", "within hours", "le lendemain") belongs to it
      boolean pastNarrative = false;
      int[] prevSent = null;
      // "By Miriam Okafor" opens a wire page: the lede and the lead start after it
      int beforeLede = fs.field == ArticleField.BODY && !fs.sentences.isEmpty()
          && isByline(fs.tokens, fs.sentences.get(0)) ? 1 : 0;
      // so does a dateline set as a sentence of its own
      if (fs.field == ArticleField.BODY && fs.sentences.size() > beforeLede
          && isDateline(fs.tokens, fs.sentences.get(beforeLede))) {
        beforeLede++;
      }
      // a list announced in the lead ("Key developments:", "Points clés :") is the lead's news, item by item
      boolean listOfLead = false;
      for (int si = 0; si < fs.sentences.size(); si++) {
        int[] sent = fs.sentences.get(si);
        while (mi < fs.mentions.size() && fs.mentions.get(mi).tokStart() < sent[0]) {
          mi++;
        }
        int mj = mi;
        while (mj < fs.mentions.size() && fs.mentions.get(mj).tokStart() < sent[1]) {
          mj++;
        }
        List<Mention> ms = fs.mentions.subList(mi, mj);
        boolean lede = fs.field == ArticleField.HEADLINE || si - beforeLede == 0;
        // Roles and evidence are built only for a match that beats the best one so far of its
        // topic: a topic reported in ten sentences costs ten rule checks, not ten event records.
        boolean inLead = fs.field == ArticleField.HEADLINE || si - beforeLede < LEAD_SENTENCES;
        // true on the heading (in the lead) and on each item that follows it, so an item is of the lead through it
        listOfLead = inLead && endsWithColon(fs.tokens, sent) || listOfLead && opensWithBullet(fs.tokens, sent);
        boolean lead = !analysis && (inLead || listOfLead);
        // the year of the sentence before is worked out only for a sentence that counts on from it
        boolean followsOn = prevSent != null && opensWithTimeAfter(fs.tokens, w, sent)
            && (pastNarrative || tellsEarlierYear(fs.tokens, prevSent, year));
        pastNarrative = followsOn;
        prevSent = sent;
        List<Fired> fired = followsOn ? List.of() : sentence(fs, w, norm, sent, ms, all, lede, year, day, hits);
        if (inHeadline != null && !fired.isEmpty()) {
          // the headline files the story under another trade's talks or truce
          fired = notFiledAway(fired, inHeadline);
        }
        // in an analysis, a sentence that opens with a time counted from the one before ("Einen Tag später", "A day later")
        // goes on with the story it looks back on, dated or not
        boolean dated = !fired.isEmpty() && !lead && (dated(fs.tokens, w, sent, diary) || datedInWindow(fs.tokens, sent, day)
            || !analysis && (opensWithSameTime(fs.tokens, sent) || alsoSaid(fs.tokens, sent)
            || opensWithClock(fs.tokens, sent)))
            && !(analysis && opensWithTimeAfter(fs.tokens, w, sent));
        for (int fi = 0; fi < fired.size(); fi++) {
          Fired f = fired.get(fi);
          if (lead || dated || !analysis && REACTIONS.contains(f.rule().topic())) {
            news.add(f.rule().topic());
          }
          if (lede) {
            opening.add(f.rule().topic());
          }
          // support counts sentences: two rules of one topic matching the same sentence are one report of it
          if (!firedEarlier(fired, fi)) {
            support.merge(f.rule().topic(), 1, Integer::sum);
          }
          EventMatch prev = best.get(f.rule().topic());
          if (prev == null || f.confidence() > prev.confidence()) {
            best.put(f.rule().topic(), build(f, fs, w, sent, ms));
          }
        }
      }
    }
    // A topic reported in more than one sentence (headline and body, lede and a later paragraph) is
    // surer than one found once: each further sentence adds CORROBORATION, up to two of them.
    // A topic reported once, below the lead and with no day of its own, is background (LEAD_SENTENCES).
    List<EventMatch> out = new ArrayList<>(best.size());
    for (EventMatch m : best.values()) {
      if (!news.contains(m.topic()) && (analysis || support.get(m.topic()) < 2)) {
        continue;
      }
      int extra = Math.min(2, support.get(m.topic()) - 1);
      out.add(extra == 0 ? m : m.withConfidence(
          Math.round(Math.min(0.99, m.confidence() + extra * CORROBORATION) * 1000) / 1000.0));
    }
    out.sort(Comparator.comparingDouble(EventMatch::confidence).reversed());
    if (out.size() == 1 && loneBodyEvent(out.get(0), opening)) {
      return List.of();
    }
    return out;
  }

  /**
   * Quotation marks set off a word of a phrase without breaking it: "a placé lundi en « attente » une proposition", "puso
   * en \"espera técnica\" la designación", "put a \"technical\" hold on the listing". The phrases are read through them.
   * (Not through apostrophes, which some phrases hold: "doctors' strike".)
   */
  static void quotesInPhrases(Tokens t, int[] ids) {
    for (int i = 1; i < t.size; i++) {
      if (PHRASE_QUOTES.contains(t.norm[i])) {
        ids[i] = io.wirewatch.enrich.internal.TokenTrie.SKIP;
      }
    }
  }

  private static final Set<String> PHRASE_QUOTES = Set.of("\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e");

  /** Whether a sentence ends with a colon: the heading of a list ("Key developments:", "Lo esencial:"). */
  static boolean endsWithColon(Tokens t, int[] sent) {
    return sent[1] > sent[0] && t.norm[sent[1] - 1].equals(":");
  }

  /** Whether a sentence opens with a list's bullet: a hyphen, a dash, a bullet or an asterisk. */
  static boolean opensWithBullet(Tokens t, int[] sent) {
    if (sent[1] - sent[0] < 2) {
      return false;
    }
    return Sentences.isBullet(t.norm[sent[0]]);
  }

  /**
   * A dash with a space on each side joins two stories in a headline ("USA stoppen Gaza-Resolution mit Veto – Sicherheitsrat
   * verlängert Kongo-Sanktionen", "Pakistan und Afghanistan verlängern Waffenruhe – Gespräche in Doha ohne Durchbruch"): it
   * breaks the clause as a semicolon does, so that no rule reaches from one story into the other, nor a negation from the
   * first story into the second ("Atomgespräche ohne Durchbruch – Iran testet Marschflugkörper"). A dash inside a word
   * ("Gaza-Resolution") or a wire's prefix ("UPDATE 2-") has no space on one side and stays.
   */
  static void headlineDashes(Tokens t, int[] w) {
    for (int i = 1; i + 1 < t.size; i++) {
      if (t.norm[i].equals("-") && t.start[i] > t.end[i - 1] && t.start[i + 1] > t.end[i]) {
        w[i] |= CLAUSE_BREAK | SCOPE_END;
      }
    }
  }

  /**
   * Whether a headline names an analysis, a feature or an anniversary piece: its genre first, set off by a colon or a dash
   * ("ANALYSIS-Four years on, ...", "Analyse : ...", "ANÁLISIS:", "Hintergrund:"), or a span of months, years or decades
   * counted from an earlier event ("Ten years after FARC accord, ...", "Dix ans après ...", "Un año después de ...",
   * "Un año del «snapback»", "Zehn Jahre nach ..."). Such a piece looks back: LABELLING's news window holds only what it
   * dates in the window.
   */
  static boolean analysisTitle(Tokens t, int[] sent) {
    if (sectionTitle(t, sent, ANALYSIS_GENRES)) {
      return true;
    }
    int i = sent[0];
    if (i < sent[1] && (t.norm[i].equals("more") || t.norm[i].equals("plus") || t.norm[i].equals("mas")
        || t.norm[i].equals("mehr"))) {
      i = i + 2 < sent[1] && (t.norm[i + 1].equals("than") || t.norm[i + 1].equals("de") || t.norm[i + 1].equals("als"))
          ? i + 2 : i;
    }
    return i + 2 < sent[1] && (COUNT_WORDS.contains(t.norm[i]) || t.is(i, Tokens.NUM)) && LONG_SPANS.contains(t.norm[i + 1])
        && SPAN_AFTER.contains(t.norm[i + 2]);
  }

  /** Whether a headline opens with one of the given section names set off by a colon or a dash ("Football: ..."). */
  private static boolean sectionTitle(Tokens t, int[] sent, Set<String> sections) {
    int a = sent[0];
    for (int n = 1; n <= 3 && a + n + 1 < sent[1]; n++) {
      String sep = t.norm[a + n];
      String name = String.join(" ", java.util.Arrays.asList(t.norm).subList(a, a + n));
      if ((sep.equals(":") || sep.equals("-")) && sections.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a headline opens with a section of the sports pages: "Football: CAF sanctions ...", "Cricket: ...". */
  static boolean sportTitle(Tokens t, int[] sent) {
    return sectionTitle(t, sent, SPORT_SECTIONS);
  }

  /** The week's diary among the {@link #ANALYSIS_GENRES}: its items are dated by the weekdays to come ("TUESDAY - The Council
   * votes ..."): "The week ahead:", "Die Woche voraus:", "La semaine à venir :", "Semana que viene:", "WHAT TO WATCH-". */
  private static final Set<String> DIARY_GENRES = Set.of("week ahead", "the week ahead", "what to watch", "woche voraus",
      "die woche voraus", "wochenvorschau", "semaine a venir", "la semaine a venir", "semana que viene",
      "la semana que viene");
  private static final Set<String> ANALYSIS_GENRES = union(DIARY_GENRES, Set.of("analysis", "analyse", "analisis",
      "hintergrund", "explainer", "feature", "insight", "commentary", "opinion", "kommentar", "decryptage", "eclairage",
      "preview", "vorschau", "news analysis", "profile", "portrait", "portrat", "perfil", "obituary", "nachruf", "necrologie",
      "obituario", "agenda",
      // the explainer by its other names: "Erklärt: Was der Snapback-Mechanismus für Iran bedeutet", "Explained:"
      "explained", "erklart", "explique", "explicado", "questions and answers", "fragen und antworten"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The weekday names of {@link #days()}. */
  private static final Set<String> WEEKDAY_NAMES = weekdayNames();

  private static final Set<String> SPORT_SECTIONS = Set.of("football", "soccer", "cricket", "rugby", "tennis", "golf",
      "athletics", "cycling", "boxing", "motorsport", "formula one", "f1", "basketball", "baseball", "hockey", "olympics",
      "sport", "sports", "futbol", "deportes", "fussball", "radsport", "leichtathletik", "cyclisme", "athletisme",
      "ciclismo", "baloncesto", "handball", "balonmano");
  private static final Set<String> COUNT_WORDS = Set.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "twenty", "thirty", "fifty", "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
      "vingt", "trente", "cinquante", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte",
      "treinta", "cincuenta", "ein", "eine", "einem", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn",
      "zwanzig", "dreissig", "funfzig");
  private static final Set<String> LONG_SPANS = Set.of("year", "years", "decade", "decades", "months", "an", "ans", "annee",
      "annees", "decennie", "decennies", "mois", "ano", "anos", "decada", "decadas", "meses", "jahr", "jahre", "jahren",
      "jahrzehnt", "jahrzehnte", "monate", "monaten");
  private static final Set<String> SPAN_AFTER = Set.of("after", "on", "since", "apres", "depuis", "despues", "tras", "desde",
      "nach", "seit", "del");

  /**
   * Whether the sentence opens, before its first comma, with a time counted from the sentence before ("Five days later",
   * "Within hours", "The next day", "Le lendemain", "Dos días después", "Wenige Stunden später") and names no day of its own.
   */
  static boolean opensWithTimeAfter(Tokens t, int[] w, int[] sent) {
    boolean relative = false;
    for (int i = sent[0]; i < Math.min(sent[1], sent[0] + 6) && !t.norm[i].equals(","); i++) {
      if ((w[i] & TIME_OPENERS) == 0) {
        continue;
      }
      String n = t.norm[i];
      if ((w[i] & TIME_AFTER) != 0 || (n.equals("within") && i + 1 < sent[1]
          && (t.norm[i + 1].equals("hours") || t.norm[i + 1].equals("days") || t.norm[i + 1].equals("minutes")))
          || ((n.equals("next") || n.equals("following")) && i + 1 < sent[1] && t.norm[i + 1].equals("day"))) {
        relative = true;
      }
    }
    return relative && !anyBetween(w, sent[0], sent[1], DAYS);
  }

  private static final int TIME_AFTER = WORDS.add(Set.of("later", "afterwards", "afterward", "lendemain", "tard", "despues",
      "siguiente", "spater", "danach", "darauf"));
  /** {@link #TIME_AFTER} and the first words of "within hours", "the next day", "the following day". */
  private static final int TIME_OPENERS = TIME_AFTER | WORDS.add(Set.of("within", "next", "following"));

  /**
   * Whether the sentence opens with the time of the story it goes on with ("Zugleich sagte London ... zu", "At the same
   * time, Britain pledged ...", "Parallèlement, Paris a annoncé ...", "Al mismo tiempo, Madrid ..."): a development of the
   * news window reported in a clause of its own, as LABELLING counts it.
   */
  static boolean opensWithSameTime(Tokens t, int[] sent) {
    int a = sent[0];
    if (a < sent[1] && SAME_TIME.contains(t.norm[a])) {
      return true;
    }
    for (String[] phrase : SAME_TIME_PHRASES) {
      if (a + phrase.length <= sent[1] && java.util.Arrays.equals(t.norm, a, a + phrase.length, phrase, 0, phrase.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens with a clock time set off by a dash or a colon, as the entries of a live page do ("1415 -
   * Iran's foreign minister held talks in Muscat", "08:05 - Rusia lanzó durante la noche 14 misiles", "14h30 : ..."): the
   * entry is of the page's day. A four-digit time that could be a year (a chronology's "2015 - Iran signs the deal") counts
   * only with its zone ("2030 GMT").
   */
  static boolean opensWithClock(Tokens t, int[] sent) {
    int a = sent[0];
    if (a >= sent[1] || !t.is(a, Tokens.NUM)) {
      return false;
    }
    String first = t.norm[a];
    int next;
    boolean zoneNeeded = false;
    if (first.length() <= 2 && a + 2 < sent[1] && (t.norm[a + 1].equals(":") || t.norm[a + 1].equals("."))
        && t.norm[a + 2].length() == 2 && clock(first, t.norm[a + 2])) {
      next = a + 3;
    } else if (first.length() == 4 && clock(first.substring(0, 2), first.substring(2))) {
      next = a + 1;
      zoneNeeded = first.startsWith("19") || first.startsWith("20");
    } else if (first.length() >= 4 && first.length() <= 5 && first.indexOf('h') > 0
        && clock(first.substring(0, first.indexOf('h')), first.substring(first.indexOf('h') + 1))) {
      next = a + 1;
    } else {
      return false;
    }
    if (next < sent[1] && CLOCK_ZONES.contains(t.norm[next])) {
      next++;
    } else if (zoneNeeded) {
      return false;
    }
    return next < sent[1] && (t.norm[next].equals("-") || t.norm[next].equals(":"));
  }

  private static final Set<String> CLOCK_ZONES = Set.of("gmt", "utc", "cet", "cest", "est", "edt", "local", "hrs", "h");

  /** Whether hours and minutes written as digits make a time of day. */
  private static boolean clock(String hours, String minutes) {
    if (hours.isEmpty() || minutes.length() != 2 || !hours.chars().allMatch(Character::isDigit)
        || !minutes.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Integer.parseInt(hours) <= 23 && Integer.parseInt(minutes) <= 59;
  }

  /**
   * Whether the sentence opens by adding to what its speaker said or did on the story's day ("The ministry also said
   * Lithuania was suspending its consulate", "Le ministère a également annoncé ...", "El Gobierno anunció además ...",
   * "Das Ministerium teilte zudem mit ..."): a development of the same occasion, reported in a clause of its own, as
   * LABELLING counts it. "also" must come before any comma in the first {@value #ALSO_REACH} words, next to a verb of
   * saying or announcing, or of giving or deciding ("It also pledged 45 million pounds", "Londres a par ailleurs débloqué").
   */
  static boolean alsoSaid(Tokens t, int[] sent) {
    int end = Math.min(sent[1], sent[0] + ALSO_REACH);
    for (int i = sent[0]; i < end && !t.norm[i].equals(","); i++) {
      if (!ALSO.contains(t.norm[i])) {
        continue;
      }
      for (int j = Math.max(sent[0], i - 2); j <= Math.min(end - 1, i + 2); j++) {
        if (j != i && ALSO_SAYING.contains(t.norm[j])) {
          return true;
        }
      }
    }
    return false;
  }

  private static final int ALSO_REACH = 8;
  private static final Set<String> ALSO = Set.of("also", "egalement", "aussi", "ademas", "tambien", "zudem", "ausserdem",
      "auch", "ebenfalls",
      // "Londres a par ailleurs débloqué ..."
      "ailleurs");
  private static final Set<String> ALSO_SAYING = Set.of("said", "says", "announced", "announces", "told", "dit", "annonce",
      "indique", "declare", "precise", "dijo", "anuncio", "informo", "senalo", "indico", "sagte", "teilte", "erklarte",
      "kundigte",
      // or what its speaker also gave or decided on the day: "It also pledged an additional 45 million pounds ..."
      "pledged", "promised", "approved", "unveiled", "allocated", "earmarked", "debloque", "promis", "accorde", "alloue",
      "prometio", "aprobo", "destino", "concedio", "bewilligte", "stellte");

  private static final Set<String> SAME_TIME = Set.of("meanwhile", "simultaneously", "zugleich", "gleichzeitig",
      "parallelement", "simultaneamente");
  private static final List<String[]> SAME_TIME_PHRASES = List.of(new String[] {"at", "the", "same", "time"},
      new String[] {"in", "parallel"}, new String[] {"dans", "le", "meme", "temps"}, new String[] {"au", "meme", "moment"},
      new String[] {"en", "paralelo"}, new String[] {"al", "mismo", "tiempo"}, new String[] {"a", "la", "vez"},
      // the same day, or in its wake: "Dans la foulée, l'Estonie, la Lettonie et la Lituanie ont annoncé ...", "On the same
      // day, ...", "El mismo día, ...", "Noch am selben Tag ...", "In response, Vilnius ..."
      new String[] {"dans", "la", "foulee"}, new String[] {"le", "meme", "jour"}, new String[] {"the", "same", "day"},
      new String[] {"on", "the", "same", "day"}, new String[] {"el", "mismo", "dia"}, new String[] {"ese", "mismo", "dia"},
      new String[] {"am", "selben", "tag"}, new String[] {"am", "gleichen", "tag"}, new String[] {"noch", "am", "selben", "tag"},
      new String[] {"in", "response"}, new String[] {"en", "reponse"}, new String[] {"en", "respuesta"},
      new String[] {"im", "gegenzug"});

  /**
   * Whether the sentence tells of an earlier year: a year before the article's ("on Oct. 9, 2006", "in 2019") or a span
   * counted back in years ("twenty years ago", "il y a vingt ans", "hace dos décadas", "vor zwanzig Jahren").
   */
  static boolean tellsEarlierYear(Tokens t, int[] sent, int year) {
    for (int i = sent[0]; i < sent[1]; i++) {
      String n = t.norm[i];
      if (n.length() == 4 && Character.isDigit(n.charAt(0)) && n.chars().allMatch(Character::isDigit)) {
        int y = Integer.parseInt(n);
        if (y >= 1900 && y < year) {
          return true;
        }
      }
      if (n.equals("ago") && i > sent[0] && YEAR_SPANS.contains(t.norm[i - 1])) {
        return true;
      }
      if (YEAR_SPANS.contains(n) && i > sent[0] + 1 && (t.norm[i - 2].equals("hace") || t.norm[i - 2].equals("vor")
          || t.norm[i - 2].equals("a") && i > sent[0] + 2 && t.norm[i - 3].equals("y"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> YEAR_SPANS = Set.of("years", "decades", "year", "decade", "ans", "annees", "anos",
      "decadas", "jahren", "jahrzehnten");

  /** Whether a match before index {@code i} of one sentence's matches is of the same topic. */
  private static boolean firedEarlier(List<Fired> fired, int i) {
    String topic = fired.get(i).rule().topic();
    for (int k = 0; k < i; k++) {
      if (fired.get(k).rule().topic().equals(topic)) {
        return true;
      }
    }
    return false;
  }

  /** Shortest German compound head looked for: "Ölsanktionen" is read as "sanktionen", "Tag" in "Bundestag" is not. */
  static final int MIN_HEAD = 5;

  /**
   * German writes its nouns together ("Ölsanktionen", "Friedensvertrag", "Millionenhilfe", "Hilfskonvois"): a word no
   * rule names is read as its longest head that starts a rule's phrase. A compound a rule names itself ("Militärhilfe",
   * "Sanktionspaket") keeps its own reading, so a rule can still tell it from its head.
   */
  void compoundHeads(String[] norm) {
    for (int i = 0; i < norm.length; i++) {
      String s = norm[i];
      if (s == null || s.length() < MIN_HEAD + 2 || !Character.isLetter(s.charAt(0)) || rules.trie.startsPhrase(s)) {
        continue;
      }
      for (int k = 2; k <= s.length() - MIN_HEAD; k++) {
        String head = s.substring(k);
        // an inseparable verb prefix makes another word, not a compound: "Vereinigten" is not "einigten"; and a separable
        // verb's infinitive with "zu" inside is no noun: "zusammenzutreffen" is not "Treffen"
        String prefix = s.substring(0, k);
        if (Character.isLetter(head.charAt(0)) && !VERB_PREFIXES.contains(prefix) && !(k > 3 && prefix.endsWith("zu"))
            && rules.trie.startsPhrase(head)) {
          norm[i] = head;
          break;
        }
      }
    }
  }

  /**
   * French marks the conditional in the verb's ending, "-rait" and "-raient" ("il adresserait une note de protestation",
   * "les deux présidents signeraient l'accord"): what it reports is said, expected or hypothetical, not done. A word with
   * that ending that no rule names otherwise reads as {@code #conditional}, which the rules' hedges hold; the nouns and
   * adjectives with the same ending ("portrait", "retrait", "extrait") keep their own reading.
   */
  void frenchConditionals(String[] norm) {
    for (int i = 0; i < norm.length; i++) {
      String s = norm[i];
      if (s != null && s.length() >= 6 && (s.endsWith("rait") || s.endsWith("raient")) && !RAIT_WORDS.contains(s)
          && !rules.trie.startsPhrase(s)) {
        norm[i] = "#conditional";
      }
    }
  }

  private static final Set<String> RAIT_WORDS = Set.of("portrait", "retrait", "attrait", "extrait", "abstrait", "distrait",
      "soustrait", "autoportrait");

  private static String[] eventNorm(Tokens t, int[] w) {
    String[] n = t.norm.clone();
    for (int i = 0; i < t.size; i++) {
      String s = n[i];
      int c = w[i];
      if (t.is(i, Tokens.NUM) && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"))
          && s.chars().allMatch(Character::isDigit)) {
        n[i] = "#year";
      } else if (i > 0 && (w[i - 1] & MORNING_BEFORE) != 0 && (s.equals("manana") || s.equals("morgen"))) {
        n[i] = "#morning";
      } else if ((c & MONTHS) != 0 && (t.is(i, Tokens.CAP) || (c & ENGLISH_MONTHS) == 0)) {
        // French and Spanish write month names in lower case; English ones need a capital ("may" is a verb)
        if ((c & MONTH_NEEDS_NUMBER) == 0 || (i + 1 < t.size && t.is(i + 1, Tokens.NUM))) {
          n[i] = "#month";
        }
      }
    }
    return n;
  }

  private List<Fired> sentence(FieldScan fs, int[] w, String[] norm, int[] sent, List<Mention> ms,
      List<Mention> all, boolean lede, int year, long day, Hits hits) {
    Tokens t = fs.tokens;
    if (relatedLine(t, sent)) {
      // a link to another story: the events it names are not reported here
      return List.of();
    }
    if (question(t, sent) || fs.field == ArticleField.HEADLINE && referenceTitle(t, sent)) {
      // a question asks, it does not report ("Will Seoul lift the sanctions?"); a timeline's or factbox's title names a
      // list of events (LABELLING: aggregates are background), each reported, if at all, in the body with its date
      return List.of();
    }
    hits.clear();
    for (int p = sent[0]; p < sent[1]; p++) {
      hits.termsAt(phrases, p, sent[1]);
    }
    // Most sentences hold no trigger at all: nothing more to do for them.
    if (!rules.specialTrigger && !hits.anyTrigger()) {
      return List.of();
    }
    hits.triggerFound();
    if (rules.specialTrigger) {
      for (Mention m : ms) {
        for (int g : specialGroups(m)) {
          hits.trigger(rulesByTrigger[g]);
        }
      }
    }
    int triggered = hits.triggered();
    if (triggered == 0) {
      return List.of();
    }
    // only the groups that the triggered rules read are filed
    for (int c = 0; c < triggered; c++) {
      hits.need(groupsRead[hits.rulesHit[c]]);
    }
    hits.addNeededFound();
    // mention by mention, so that what a mention is (a country, a demonym, a person) is worked out once, and the special
    // groups that take that kind of mention were listed when the detector was made; within each group the hits are still
    // added in text order
    for (Mention m : ms) {
      hits.addNeeded(specialGroups(m), m.tokStart(), m.tokEnd());
    }
    hits.file();
    List<Fired> out = new ArrayList<>(2);
    for (int c = 0; c < triggered; c++) {
      int ri = hits.rulesHit[c];
      if (!hits.anyOfEach(groupsRequired[ri])) {
        // a rule that requires a group with no hit in the sentence matches none of its triggers: not looked at further
        continue;
      }
      Rule r = rules.rules.get(ri);
      int g = r.trigger();
      for (int k = hits.from(g), to = hits.to(g); k < to; k++) {
        Hit trig = hits.hit(g, k);
        if ((fs.field == ArticleField.HEADLINE && headlineFuture(t, w, trig, sent)) || infinitive(t, trig, sent)) {
          continue;
        }
        // a date past a participle on the event's noun dates that participle ("the ceasefire agreed in Doha on Oct. 19,
        // 2025"), unless the participle is the event's own verb ("un cessez-le-feu annoncé le 10 mai")
        int participle = -1;
        if (outsideWindow(dateInStretch(t, w, sent, trig, day, sent[1]), day)) {
          participle = stretchParticiple(t, w, sent, trig);
          if (participle < 0 || outsideWindow(dateInStretch(t, w, sent, trig, day, participle), day)) {
            continue;
          }
        }
        Fired f = evaluate(r, ri, trig, hits, t, w, norm, ms, all, lede, year, sent);
        if (f != null && participle >= 0 && covers(f.required(), participle)) {
          f = null;
        }
        // the clause-wide modals are looked for only once a rule has matched: most trigger hits match no rule
        if (f != null && !r.ownExcludeOnly() && (fs.german ? germanBracket(t, trig, sent) : romanceModal(t, w, trig, sent)
            || habitualRelative(t, trig, sent))) {
          f = null;
        }
        if (f != null) {
          out.add(f);
          break;
        }
      }
    }
    if (out.size() > 1) {
      // asks each fired rule's own suppress set instead of merging them all into a new set per sentence
      Fired[] firedHere = out.toArray(new Fired[0]);
      out.removeIf(f -> suppressed(firedHere, f, t));
    }
    return out;
  }

  /** The ids of the special groups that take the mention (a country, a demonym, a person, a named entity). */
  private int[] specialGroups(Mention m) {
    boolean country = m.code() != null;
    boolean demonym = country && isDemonym(m.alias().source());
    String entity = m.entityId();
    boolean person = entity != null && entity.startsWith("person:");
    int[][] byKind = entity == null ? specialByKind : specialByEntity.getOrDefault(entity, specialByKind);
    return byKind[kind(country, demonym, person)];
  }

  /** Whether any of the rules that fired on a sentence suppresses the topic (by number). */
  private boolean suppressed(Fired[] fired, Fired f, Tokens t) {
    int topic = topicOf[f.index()];
    for (Fired g : fired) {
      if (suppresses[g.index()][topic] && !semicolonBetween(t, g.trigger(), f.trigger())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a semicolon stands between two triggers: it joins two reports, each of its own act ("Council renews South Sudan
   * sanctions; Russia blocks listing of two generals"), so a block on one side silences no imposition on the other.
   */
  private static boolean semicolonBetween(Tokens t, Hit a, Hit b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    for (int i = from; i < to; i++) {
      if (t.norm[i].equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** "RELATED: ..." (a wire page's link to another story), in capitals. */
  private static boolean relatedLine(Tokens t, int[] sent) {
    return sent[1] - sent[0] > 1 && t.norm[sent[0]].equals("related") && t.is(sent[0], Tokens.UPPER)
        && t.norm[sent[0] + 1].equals(":");
  }

  /** Whether the sentence ends with a question mark (closing quotes and brackets aside). */
  private static boolean question(Tokens t, int[] sent) {
    for (int i = sent[1] - 1; i >= sent[0]; i--) {
      String n = t.norm[i];
      if (n.equals("?")) {
        return true;
      }
      if (!(n.equals("\"") || n.equals("'") || n.equals(")") || n.equals("\u201d") || n.equals("\u00bb")
          || n.equals("\u2019"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a headline is the title of a reference piece, its genre first and set off by a colon or a dash: "Timeline:
   * North Korea's missile launches", "FACTBOX-What sanctions has the EU imposed", "Chronologie : ...", "Cronología:".
   */
  private static boolean referenceTitle(Tokens t, int[] sent) {
    return sent[1] - sent[0] > 2 && REFERENCE_GENRES.contains(t.norm[sent[0]])
        && (t.norm[sent[0] + 1].equals(":") || t.norm[sent[0] + 1].equals("-"));
  }

  private static final Set<String> REFERENCE_GENRES = Set.of("timeline", "factbox", "explainer", "chronology", "chronologie",
      "cronologia", "chronik", "reperes", "claves", "q&a", "faq", "glossary");

  /**
   * Headline grammar for the future: "Macron to visit China", unless "agreed to" and the like; and the trigger in the object
   * of such an infinitive, one or two words on ("Thailand, Cambodia to resume border talks", "EU to adopt new sanctions"). A
   * "to" before a name, a number or a determiner is a preposition ("visit to China for talks"), and so is one after a noun
   * of movement or access ("return to talks").
   */
  private static boolean headlineFuture(Tokens t, int[] w, Hit trig, int[] sent) {
    int p = trig.start() - 1;
    if (p >= sent[0] && t.norm[p].equals("to") && (p - 1 < sent[0] || (w[p - 1] & DECIDED_TO) == 0)) {
      return true;
    }
    for (int q = p; q >= Math.max(sent[0], p - 2); q--) {
      if (t.norm[q].equals("to")) {
        int v = q + 1;
        return v < trig.start() && !t.is(v, Tokens.CAP) && !t.is(v, Tokens.NUM) && !NOT_A_VERB_AFTER_TO.contains(t.norm[v])
            && (q - 1 < sent[0] || (w[q - 1] & DECIDED_TO) == 0 && !PREPOSITIONAL_TO.contains(t.norm[q - 1]));
      }
      if (!t.is(q, Tokens.WORD)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> NOT_A_VERB_AFTER_TO = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
      "these", "those", "new", "more", "some", "all", "both", "fresh", "further", "two", "three");
  private static final Set<String> PREPOSITIONAL_TO = Set.of("visit", "visits", "trip", "trips", "return", "returns", "path",
      "road", "way", "close", "next", "due", "according", "prior", "ahead", "up", "access", "travel", "flight", "flights",
      "door", "doors", "open", "opens", "opened", "key", "threat", "threats", "response", "reply", "answer", "letter");

  /**
   * A German infinitive with "zu", or an English one joined to another, is governed by another verb ("hat sich geweigert,
   * den Angriff zu verurteilen", "plant, die Sanktionen zu verlängern"): a refusal, plan or demand, not a report.
   */
  private static boolean infinitive(Tokens t, Hit trig, int[] sent) {
    int p = trig.start() - 1;
    return p >= sent[0] && (t.norm[p].equals("zu")
        // an English infinitive joined to another, under the same plan or expectation: "is expected to meet the president
        // and to sign agreements on a railway"
        || p - 1 >= sent[0] && t.norm[p].equals("to") && (t.norm[p - 1].equals("and") || t.norm[p - 1].equals("or")));
  }

  /**
   * German closes a clause with its verb and opens it with the modal or future auxiliary that governs it, however long
   * the object between them ("Die Regierung dürfte nach dem Vorfall den russischen Botschafter einbestellen", "Das
   * Abkommen soll am Freitag in Genf unterzeichnet werden"): a trigger that ends its clause, with such an auxiliary
   * earlier in the clause, is a plan, a possibility or a report of one. "wird" and "werden" are the future only before
   * an infinitive or a passive infinitive ("wird ... treffen", "wird ... unterzeichnet werden"); before a participle
   * they are the passive of something done ("die Botschaft wird geschlossen").
   */
  static boolean germanBracket(Tokens t, Hit trig, int[] sent) {
    int e = trig.end();
    boolean passiveInfinitive = false;
    if (e < sent[1] && (t.norm[e].equals("werden") || t.norm[e].equals("sein") || t.norm[e].equals("lassen"))) {
      passiveInfinitive = true;
      e++;
    }
    if (e < sent[1] && MODAL_INFINITIVES.contains(t.norm[e])
        && (e + 1 == sent[1] || GERMAN_CLAUSE_END.contains(t.norm[e + 1]))) {
      // a modal's infinitive closes the clause after the verb: "hätte ... treffen sollen", "hat ... nicht ausweisen wollen"
      return true;
    }
    if (e < sent[1] && !GERMAN_CLAUSE_END.contains(t.norm[e])) {
      return false;
    }
    for (int i = trig.start() - 1; i >= sent[0]; i--) {
      String n = t.norm[i];
      if (GERMAN_CLAUSE_START.contains(n)) {
        return false;
      }
      String surface = t.text.substring(t.start[i], t.end[i]).toLowerCase(java.util.Locale.ROOT);
      if (GERMAN_MODALS.contains(surface)) {
        return true;
      }
      if ((surface.equals("hätte") || surface.equals("hätten")) && modalInfinitiveAfter(t, trig, sent)) {
        // the past subjunctive with a modal's infinitive is what should or could have happened: "Der Minister hätte am
        // Mittwoch mit seinem Amtskollegen zusammentreffen und ... vorbereiten sollen" (without one, "hätten ...
        // beschossen" is reported speech of a fact)
        return true;
      }
      if (GERMAN_FUTURE.contains(surface)) {
        return passiveInfinitive || !participle(t.text.substring(t.start[trig.end() - 1], t.end[trig.end() - 1]));
      }
    }
    return false;
  }

  /**
   * French and Spanish plans put a modal before an infinitive and the rest of the plan after it ("Macron doit recevoir lundi
   * à l'Élysée son homologue brésilien pour un entretien", "tiene previsto reunirse el lunes en Brasilia con su homólogo"):
   * a trigger in the same clause after such a modal and its infinitive, however far, is part of the plan.
   */
  static boolean romanceModal(Tokens t, int[] w, Hit trig, int[] sent) {
    for (int i = trig.start() - 1, n = 0; i >= sent[0] && n < ROMANCE_REACH; i--, n++) {
      if ((w[i] & ROMANCE_CLAUSE_START) != 0) {
        return false;
      }
      if ((w[i] & ROMANCE_MODALS) != 0) {
        for (int j = i + 1; j <= Math.min(i + 3, trig.start()); j++) {
          if (infinitiveLike(t.norm[j])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A verb in the present right after a relative pronoun describes what someone habitually does, it reports no act of the
   * news window: "a government that fires ballistic missiles", "une junte qui bombarde des écoles", "un régimen que bombardea
   * a su propia población". The past reports one ("the junta, which struck a school on Monday", "qui a bombardé", "que
   * bombardeó") and stays. English is read by its third person "-s", French and Spanish by their present and imperfect
   * endings, unaccented (an accent marks the participle or the preterite: "bombardé", "bombardeó").
   */
  static boolean habitualRelative(Tokens t, Hit trig, int[] sent) {
    int p = trig.start() - 1;
    if (p > sent[0] && OPEN_QUOTES.contains(t.norm[p])) {
      // a quotation that opens on the verb: un régimen que "bombardea a su propia población"
      p--;
    }
    if (p < sent[0] || !RELATIVES.contains(t.norm[p])) {
      return false;
    }
    for (int i = p - 1; i >= Math.max(sent[0], p - 3); i--) {
      if (SAYING.contains(t.norm[i])) {
        // "argued that airdrops are", "anunció el lunes que levanta ...": "that" and "que" open what was said, not a
        // relative clause
        return false;
      }
    }
    if (trig.end() < sent[1] && FINITE_NEXT.contains(t.norm[trig.end()])) {
      // "that airdrops are expensive": the trigger is a noun, the subject of the verb after it
      return false;
    }
    String rel = t.norm[p];
    String verb = t.text.substring(t.start[trig.start()], t.end[trig.start()]).toLowerCase(java.util.Locale.ROOT);
    if (rel.equals("that") || rel.equals("which") || rel.equals("who")) {
      return verb.length() > 3 && verb.endsWith("s") && !verb.endsWith("ss");
    }
    if (verb.length() < 4 || !verb.chars().allMatch(c -> c < 0x80)) {
      return false;
    }
    return verb.endsWith("e") || verb.endsWith("ent") || verb.endsWith("ait") || verb.endsWith("aient")
        || verb.endsWith("a") || verb.endsWith("an") || verb.endsWith("en") || verb.endsWith("aba") || verb.endsWith("aban");
  }

  private static final Set<String> OPEN_QUOTES = Set.of("\"", "\u201c", "\u00ab", "\u201e", "'", "\u2018");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "qui", "que", "quien", "quienes");
  private static final Set<String> SAYING = Set.of("said", "says", "say", "announced", "announces", "stated", "added", "argued",
      "argue", "argues", "reported", "confirmed", "insisted", "claimed", "noted", "believe", "believes", "dijo", "dice", "anuncio",
      "anuncia", "afirmo", "afirma", "aseguro", "asegura", "declaro", "indico", "senalo", "informo", "explico", "anadio",
      "confirmo", "comunico", "estima", "estimo", "dit", "annonce", "affirme", "assure", "indique", "estime", "explique");
  /** A verb or auxiliary right after a word makes that word a noun, its subject: "that airdrops are expensive". */
  private static final Set<String> FINITE_NEXT = Set.of("are", "were", "is", "was", "have", "had", "has", "will", "would",
      "could", "can", "may", "might", "should", "must", "remain", "son", "eran", "fueron", "sont", "etaient", "ont");

  private static boolean infinitiveLike(String w) {
    if (w.equals("etre") || w.equals("ser") || w.equals("avoir") || w.equals("haber")) {
      return true;
    }
    return w.length() > 4 && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re") || w.endsWith("ar")
        || w.endsWith("arse") || w.endsWith("erse") || w.endsWith("irse"));
  }

  /** How many words back from the trigger a French or Spanish modal is looked for. */
  private static final int ROMANCE_REACH = 16;
  private static final int ROMANCE_MODALS = WORDS.add(Set.of("doit", "doivent", "devait", "devaient", "devrait", "devraient",
      "pourrait", "pourraient", "va", "vont", "compte", "comptent", "entend", "entendent", "souhaite", "souhaitent", "debe",
      "deben", "debera", "deberan", "deberia", "deberian", "podria", "podrian", "previsto", "prevista", "pretende", "pretenden",
      "planea", "planean", "quiere", "quieren", "espera", "esperan", "prevoit", "prevoient",
      // what can be done is no report of it: "el único que puede levantar la mayor parte del embargo"
      "puede", "pueden", "peut", "peuvent"));
  private static final int ROMANCE_CLAUSE_START = WORDS.add(Set.of(",", ";", ":", "\"", "\u00ab", "\u00bb", "(", "mais", "pero",
      "et", "y", "tandis", "mientras", "alors", "apres", "tras", "despues"));

  /** Whether a German verb form looks like a past participle: "ge-" at its start or after a separable prefix, or "-t". */
  private static boolean participle(String word) {
    String v = word.toLowerCase(java.util.Locale.ROOT);
    if (v.startsWith("ge") || v.endsWith("t")) {
      return true;
    }
    for (String prefix : SEPARABLE_PREFIXES) {
      if (v.startsWith(prefix) && v.startsWith("ge", prefix.length())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> GERMAN_CLAUSE_END = Set.of(",", ".", ";", ":", "!", "?", "\"", "und", "oder", "-",
      "–", "“", "”", "»", "«", ")");
  private static final Set<String> GERMAN_CLAUSE_START = Set.of(",", ";", ":", "\"", "„", "“", "»", "«",
      "(", "aber", "doch", "sondern");
  /** Modal verbs as written (not folded: "könnte" folds to the indicative "konnte", "dürfte" to "durfte"). */
  private static final Set<String> GERMAN_MODALS = Set.of("soll", "sollen", "solle", "sollte", "sollten", "kann", "können",
      "könne", "könnte", "könnten", "muss", "müssen", "müsse", "müsste", "müssten", "möchte", "möchten", "will", "wolle",
      "wollen", "dürfte", "dürften", "würde", "würden");
  private static final Set<String> GERMAN_FUTURE = Set.of("wird", "werde", "werden");
  /** Whether a modal's infinitive ends the trigger's clause, its coordinated verbs included ("treffen und ... vorbereiten sollen"). */
  private static boolean modalInfinitiveAfter(Tokens t, Hit trig, int[] sent) {
    for (int i = trig.end(); i < sent[1] && !t.norm[i].equals(",") && !t.norm[i].equals(";"); i++) {
      if (MODAL_INFINITIVES.contains(t.norm[i])) {
        return true;
      }
    }
    return false;
  }

  /** The infinitives of modal verbs, which close a clause after the verb they govern ("hätte treffen sollen"). */
  private static final Set<String> MODAL_INFINITIVES = Set.of("sollen", "wollen", "mussen", "durfen");
  private static final List<String> SEPARABLE_PREFIXES = List.of("ab", "an", "auf", "aus", "bei", "ein", "fest", "frei",
      "mit", "nach", "vor", "weg", "zu", "zurück", "los", "wieder", "fort", "her", "hin");

  /**
   * Whether a guard is the proposal that a passive verb reports acted on: "The proposal to extend sanctions on Mali was
   * blocked by Russia", "A bid to blacklist two generals was vetoed on Thursday", "Proposal to blacklist Sudan commanders
   * vetoed by Russia". A proposal, bid or plan hedges an act it names ("a proposal to impose sanctions"), but when it is the
   * subject of a past passive whose participle is the trigger, the act is the one done to it, and it is done. The guard must
   * open with a proposal word and stand before the auxiliary, or before a participle with its agent, in the same clause.
   */
  static boolean actedOnProposal(Tokens t, int[] w, int guardStart, int guardEnd, Hit trig) {
    if (!PROPOSAL_WORDS.contains(t.norm[guardStart]) || !pastParticiple(t.norm[trig.start()])) {
      return false;
    }
    int s = trig.start();
    int aux = s - 1 >= guardEnd && PAST_PASSIVE.contains(t.norm[s - 1]) ? s - 1
        : s - 2 >= guardEnd && PAST_PASSIVE.contains(t.norm[s - 2]) && t.norm[s - 1].endsWith("ly") ? s - 2 : -1;
    boolean agent = trig.end() < t.size && t.norm[trig.end()].equals("by");
    int verb = aux >= 0 ? aux : s;
    return (aux >= 0 || agent) && !anyBetween(w, guardEnd, verb, CLAUSE_BREAK | SCOPE_END)
        && (aux < 0 || aux == guardEnd || !NOT_PASSIVE_SUBJECT.contains(t.norm[aux - 1]));
  }

  private static boolean pastParticiple(String word) {
    return word.length() > 4 && word.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(word);
  }

  /** The words that open a proposal named as such: what a passive verb may report acted on. */
  private static final Set<String> PROPOSAL_WORDS = Set.of("proposal", "proposals", "proposed", "bid", "bids", "plan",
      "plans", "planned", "attempt", "attempts", "effort", "efforts", "push", "draft", "initiative", "motion", "request");
  private static final Set<String> PAST_PASSIVE = Set.of("was", "were", "been");
  /** A passive auxiliary right after these has another subject than the proposal: "a plan that was", "plans it was". */
  private static final Set<String> NOT_PASSIVE_SUBJECT = Set.of("it", "that", "which", "who", "they", "he", "she",
      "could", "might", "would", "should", "will", "may", "must", "have", "has", "had", "not", "never");
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("held", "sunk", "shot", "struck", "put", "thrown", "torn",
      "brought", "taken", "frozen");

  /** Whether a hit of the exclude group's "unless" terms ends right before (at most one word before) {@code at}. */
  private static boolean cancelled(Excl ex, int at, Hits hits, Tokens t) {
    if (ex.unless() < 0) {
      return false;
    }
    for (int k = hits.from(ex.unless()), to = hits.to(ex.unless()); k < to; k++) {
      if (hits.end[k] <= at && words(t, hits.end[k], at) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an exclude group's hit ending at {@code end} governs a trigger starting at {@code start}: within the group's
   * window, or, for a trigger that is the second verb of a coordinated predicate, {@link #COORDINATED_REACH} words
   * further when nothing between them opens another clause (no comma, semicolon or clause break).
   */
  private static boolean reaches(Excl ex, Tokens t, int[] w, int end, int start, boolean coordinated) {
    int n = words(t, end, start);
    if (n <= ex.window()) {
      return true;
    }
    return coordinated && ex.window() >= 2 && n <= ex.window() + COORDINATED_REACH
        && !anyBetween(w, end, start, STRETCH_END | CLAUSE_BREAK);
  }

  /**
   * Whether the trigger is only the verb of a hyphenated particle noun ("Start-up", "stand-off", "sit-in"): its last
   * token is followed, with no space, by a hyphen and a particle, and the whole word means something else. (Other
   * hyphenated words keep their trigger: a "Snapback-Mechanismus" that takes effect is the snapback.)
   */
  private static boolean compoundHead(Tokens t, Hit trig) {
    int e = trig.end();
    return e + 1 < t.size && t.norm[e].equals("-") && t.end[e - 1] == t.start[e] && t.end[e] == t.start[e + 1]
        && PARTICLES.contains(t.norm[e + 1]);
  }

  private static final Set<String> PARTICLES = Set.of("up", "off", "out", "in", "on", "down", "over", "away", "back");

  /** Does rule r fire on the trigger hit? Checks only; nothing is built for the answer. */
  private Fired evaluate(Rule r, int index, Hit trig, Hits hits, Tokens t, int[] w, String[] norm, List<Mention> ms,
      List<Mention> all, boolean lede, int year, int[] sent) {
    if (compoundHead(t, trig)) {
      return null;
    }
    // the required terms first: they are fewer to look at than the excluded ones, and as often missing
    List<Hit> reqHits = new ArrayList<>(r.require().size());
    for (Req q : r.require()) {
      Hit h = nearest(q, trig, hits, t, w);
      if (h == null) {
        return null;
      }
      reqHits.add(h);
    }
    boolean coordinated = trig.start() - 1 > sent[0] && (w[trig.start() - 1] & COORDINATOR) != 0;
    for (Excl ex : r.exclude()) {
      for (int k = hits.from(ex.group()), to = hits.to(ex.group()); k < to; k++) {
        if (hits.end[k] <= trig.start() && reaches(ex, t, w, hits.end[k], trig.start(), coordinated)
            && !cancelled(ex, hits.start[k], hits, t) && !inClosedRelative(t, w, sent, hits.start[k], hits.end[k], trig, false)
            && !actedOnProposal(t, w, hits.start[k], hits.end[k], trig)
            && !(ex.clause() && scopeEnds(w, hits.end[k], trig.start()))
            && !(ex.unlessDated() && dayInStretch(t, w, sent, trig))) {
          return null;
        }
      }
    }
    if (r.background() >= 0) {
      int day = -2;
      for (int k = hits.from(r.background()), to = hits.to(r.background()); k < to; k++) {
        if (isThisYearOrLater(t, norm, hits.start[k], hits.end[k], year)) {
          continue;
        }
        if (day == -2) {
          day = nearestDay(w, sent, trig);
        }
        // a day right after the cue is the cue's own: "Ten years ago on Tuesday, ... signed" is an anniversary
        boolean cuesDay = day >= hits.end[k] && day - hits.end[k] <= 1;
        if (day >= 0 && !cuesDay && Math.abs(day - trig.start()) < distance(hits.start[k], hits.end[k], trig)) {
          // the cue dates something else: "resumed talks on Monday for the first time since 2022", "restored ties on
          // Monday, severed since 1980", "talks launched five years ago ended on Tuesday" - the sentence's day is nearer
          continue;
        }
        if (inClosedRelative(t, w, sent, hits.start[k], hits.end[k], trig, true)
            || inRelativeAfter(t, w, hits.start[k], trig, reqHits)
            || datesParticipleAfter(t, w, hits.start[k], trig, reqHits)
            || hits.end[k] - hits.start[k] == 1 && (w[hits.start[k]] & PERFECT_AUX) != 0 && dayInStretch(t, w, sent, trig)) {
          continue;
        }
        return null;
      }
    }
    for (Req q : r.absent()) {
      if (nearest(q, trig, hits, t, w) != null) {
        return null;
      }
    }
    String venue = null;
    for (String v : r.venue()) {
      if (names(ms, v)) {
        venue = v;
        break;
      }
    }
    if (venue == null && !namesAny(all, r.venueRivals())) {
      for (String v : r.venue()) {
        if (names(all, v)) {
          venue = v;
          break;
        }
      }
    }
    if (r.venueRequired() && venue == null) {
      return null;
    }
    Hit proposal = r.proposal() == null ? null : nearest(r.proposal(), trig, hits, t, w);
    double conf = Math.min(0.99, r.confidence() + (lede ? 0.05 : 0));
    return new Fired(r, index, trig, reqHits, proposal, venue, Math.round(conf * 1000) / 1000.0);
  }

  /** Whether the mentions name any of the entities. */
  private static boolean namesAny(List<Mention> ms, List<String> entities) {
    for (String e : entities) {
      if (names(ms, e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the mentions is of the entity (a plain loop: this is asked for every rule with a venue). */
  private static boolean names(List<Mention> ms, String entity) {
    for (int i = 0, n = ms.size(); i < n; i++) {
      if (entity.equals(ms.get(i).entityId())) {
        return true;
      }
    }
    return false;
  }

  /** The event record of a fired rule: roles, evidence and the sentence. */
  private EventMatch build(Fired f, FieldScan fs, int[] w, int[] sent, List<Mention> ms) {
    Rule r = f.rule();
    Hit trig = f.trigger();
    List<Hit> reqHits = f.required();
    Tokens t = fs.tokens;
    List<Mention> actorMentions = new ArrayList<>();
    List<String> actors = role(r.actors(), trig, reqHits, t, w, sent, ms, actorMentions);
    List<Mention> targetMentions = new ArrayList<>();
    List<String> targets = new ArrayList<>(role(r.targets(), trig, reqHits, t, w, sent, ms, targetMentions));
    targets.removeAll(actors);

    String ruleSrc = "rule:" + r.id();
    Evidence trigger = new Evidence(t.span(trig.start(), trig.end()), fs.field, t.start[trig.start()],
        t.end[trig.end() - 1], ruleSrc);
    List<Evidence> ev = new ArrayList<>();
    for (int i = 0; i < reqHits.size(); i++) {
      Hit h = reqHits.get(i);
      ev.add(new Evidence(t.span(h.start(), h.end()), fs.field, t.start[h.start()], t.end[h.end() - 1],
          ruleSrc + "/require-" + i));
    }
    for (Mention m : actorMentions) {
      ev.add(new Evidence(m.text(), m.field(), m.start(), m.end(), ruleSrc + "/actor:" + m.code()));
    }
    for (Mention m : targetMentions) {
      if (targets.contains(m.code())) {
        ev.add(new Evidence(m.text(), m.field(), m.start(), m.end(), ruleSrc + "/target:" + m.code()));
      }
    }
    if (f.proposal() != null) {
      // "block U.S. bid": whoever is attached to the proposal, unless already a blocker or target
      for (Mention m : attached(t, w, f.proposal(), sent, ms)) {
        if (m.code() != null && !actors.contains(m.code()) && !targets.contains(m.code())) {
          ev.add(new Evidence(m.text(), m.field(), m.start(), m.end(), ruleSrc + "/proposer:" + m.code()));
        }
      }
    }
    int s0 = t.start[sent[0]];
    int s1 = t.end[sent[1] - 1];
    return new EventMatch(r.topic(), f.confidence(), r.id(), t.text.substring(s0, s1),
        fs.field, s0, trigger, ev, actors, targets, f.venue());
  }

  /** Tokens from the trigger to a hit, on whichever side the hit lies (compared with a day word's distance in tokens). */
  private static int distance(int start, int end, Hit trig) {
    return start >= trig.end() ? start - trig.start() : trig.start() - end + 1;
  }

  /**
   * Whether a hit before the trigger lies in a relative clause that closes before it: "Iran and Egypt, which had cut
   * relations in 1980, restored them on Monday", "Japan and South Korea, whose leaders last met in 2019, held a
   * summit". A background cue there dates the clause, and a negation, hedge or past perfect there qualifies the
   * clause, not the trigger. The clause opens at a comma with a relative word and a comma closes it before the
   * trigger. With {@code appositive}, a clause without a relative word counts too when the hit is not its first word:
   * "the embassy, closed in 2019, reopened on Tuesday", "la embajada, cerrada en 2019, reabrió" (a background cue only:
   * a hedge or negation in such a clause may well be the writer's own, "Tehran, according to unconfirmed reports,
   * released ...").
   */
  private static boolean inClosedRelative(Tokens t, int[] w, int[] sent, int start, int end, Hit trig, boolean appositive) {
    if (end > trig.start()) {
      return false;
    }
    int close = -1;
    for (int i = end; i < trig.start(); i++) {
      if (clauseComma(t, i)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return false;
    }
    for (int i = start - 1; i > sent[0]; i--) {
      if (clauseComma(t, i)) {
        return (w[i + 1] & RELATIVE_WORDS) != 0
            || appositive && i + 1 < start && close - i - 1 <= APPOSITIVE_MAX;
      }
      if ((w[i] & CLAUSE_BREAK) != 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a day of the news window ("on Thursday", "el jueves", "gestern") stands within {@link #DAY_REACH} tokens of
   * the trigger and in the trigger's stretch of the sentence (no comma, colon, verb of saying or "that" between them),
   * dating the past perfect itself: "Tehran had denied the inspectors access to Fordow on Thursday", "Bereits am
   * Mittwoch hatte Thailand die Gespräche ausgesetzt". A day across such a boundary dates something else ("said on
   * Tuesday that its troops had fired", "Russia, which had condemned the strike, said on Monday").
   */
  private static boolean dayInStretch(Tokens t, int[] w, int[] sent, Hit trig) {
    for (int i = trig.end(); i < Math.min(sent[1], trig.end() + DAY_REACH); i++) {
      // (and a part of the day the sentence names: "told member states on Sunday that its inspectors had been refused entry
      // that morning", "had summoned the ambassador this morning")
      if ((w[i] & DAYS) != 0 || thisPartOfDay(w, sent, i)
          || t.norm[i].equals("that") && i + 1 < sent[1] && (w[i + 1] & PART_OF_DAY) != 0) {
        return true;
      }
      if ((w[i] & STRETCH_END) != 0) {
        break;
      }
    }
    for (int i = trig.start() - 1; i >= Math.max(sent[0], trig.start() - DAY_REACH); i--) {
      // hours or days counted back from the lead event date the act to its window as a day does: "Wenige Stunden zuvor
      // hatte der Rat eine Resolution angenommen", "two days earlier" (years do not: "Jahre zuvor hatte")
      if ((w[i] & DAYS) != 0 || countedBack(w, sent, i)) {
        return true;
      }
      if ((w[i] & STRETCH_END) != 0) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether a background cue after the trigger lies in a relative clause, or a clause set off by a comma, opened after
   * the event is complete, i.e. after the trigger and every required term: "la France a rappelé son ambassadeur, qui
   * n'avait regagné son poste qu'en juin", "the EU extended the sanctions, which were first imposed in 2014", "Egypt
   * reopened its embassy, closed since 1980". A cue in a clause that holds a required
   * term still counts ("the ceasefire, which was agreed in 2020, ...").
   */
  private static boolean inRelativeAfter(Tokens t, int[] w, int start, Hit trig, List<Hit> reqHits) {
    int last = trig.end();
    for (Hit h : reqHits) {
      last = Math.max(last, h.end());
    }
    for (int i = last; i + 1 < start; i++) {
      // a relative clause, or a clause set off by a comma whose first word is not the cue itself: "reopened its embassy,
      // closed since 1980", "vetoed the draft, as it did in 2017" (a cue right after the comma dates the event: ", 2019")
      if (clauseComma(t, i) && ((w[i + 1] & RELATIVE_WORDS) != 0 || i + 1 < start && appositiveAfter(t, i))) {
        return true;
      }
      // a relative clause with no comma, on a noun after the event: "levanta la suspensión de las importaciones que había
      // decretado hace un año", "capping four days of talks in the port city that envoys called the most substantive since
      // 2023" (English "that" too: after the event and its terms it opens a clause of its own, not the event's report)
      if (i > last && ((w[i] & RELATIVE_WORDS) != 0 || t.norm[i].equals("that")) && t.is(i - 1, Tokens.WORD)) {
        return true;
      }
    }
    return false;
  }

  /** The first participle on a noun in the trigger's stretch after it ({@link #postParticiple}), or -1. */
  private static int stretchParticiple(Tokens t, int[] w, int[] sent, Hit trig) {
    for (int i = trig.end(); i < Math.min(sent[1], trig.end() + DAY_REACH); i++) {
      if (postParticiple(t, i)) {
        return i;
      }
      if ((w[i] & STRETCH_END) != 0) {
        break;
      }
    }
    return -1;
  }

  /** Whether one of the hits covers token {@code i}. */
  private static boolean covers(List<Hit> hits, int i) {
    for (Hit h : hits) {
      if (h.start() <= i && i < h.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a background cue after the event dates a participle that follows one of the event's own terms: "the most
   * serious breach of the ceasefire agreed in Doha on Oct. 19, 2025", "viola la tregua firmada en octubre de 2025",
   * "une violation du cessez-le-feu conclu en 2024". The participle and the cue stand in one stretch (no clause break
   * between them); the cue dates how the term came about, not the event reported.
   */
  private static boolean datesParticipleAfter(Tokens t, int[] w, int start, Hit trig, List<Hit> reqHits) {
    for (int j = -1; j < reqHits.size(); j++) {
      Hit h = j < 0 ? trig : reqHits.get(j);
      int p = h.end();
      if (h.start() < trig.start() || p >= start || !postParticiple(t, p) || covers(reqHits, p)) {
        continue;
      }
      boolean open = true;
      for (int i = p + 1; i < start; i++) {
        if ((w[i] & CLAUSE_BREAK) != 0 || (w[i] & STRETCH_END) != 0 && !t.norm[i].equals(",")) {
          open = false;
          break;
        }
      }
      if (open) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is a past participle right after a common noun and opening a phrase of time, place or agent:
   * "the ceasefire agreed in Doha", "la tregua firmada el 3 de octubre" - not after an auxiliary ("was agreed on"), not an
   * adjective before a noun ("an expanded peace declaration") and not a verb after its subject's name.
   */
  private static boolean postParticiple(Tokens t, int i) {
    return i + 1 < t.size && PARTICIPLE_PHRASE_OPENERS.contains(t.norm[i + 1]) && pastParticiple(t, i)
        && t.is(i - 1, Tokens.WORD) && !AUXILIARIES.contains(t.norm[i - 1]) && !DETERMINERS.contains(t.norm[i - 1])
        // after a name the verb is finite: "the border, which Burundi closed in January 2024"
        && !Character.isUpperCase(t.text.charAt(t.start[i - 1]));
  }

  /** Words that open the phrase of time, place or agent after a participle: "agreed in", "firmada el", "conclu en". */
  private static final Set<String> PARTICIPLE_PHRASE_OPENERS = Set.of("in", "on", "at", "by", "last", "earlier", "during",
      "after", "under", "between", "en", "dans", "a", "au", "par", "le", "lors", "il", "el", "por", "durante", "tras",
      "hace", "entre");

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this", "these",
      "those", "le", "la", "les", "un", "une", "des", "el", "los", "las", "una", "su", "sus", "son", "sa", "ses", "leur",
      "leurs");

  /**
   * Words after which a form in "-ed", "-é" or "-ado" is a verb of the clause, not a participle on the noun before: the
   * auxiliaries of the perfect and the passive, and the adverbs that stand between them ("was agreed on", "had never
   * signed in").
   */
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being", "has", "have",
      "had", "get", "got", "a", "ont", "avait", "avaient", "est", "sont", "ete", "etait", "ha", "han", "habia", "habian",
      "fue", "fueron", "sido", "es", "son", "estaba", "quedo", "not", "never", "also", "n't", "then", "later", "reportedly");

  /** Past participles that go on describing a noun: "agreed", "firmada", "conclu", "signée" (by their written endings). */
  private static boolean pastParticiple(Tokens t, int i) {
    if (!t.is(i, Tokens.WORD)) {
      return false;
    }
    String word = t.text.substring(t.start[i], t.end[i]).toLowerCase(java.util.Locale.ROOT);
    if (word.length() < 4) {
      return false;
    }
    return word.endsWith("ed") || POST_PARTICIPLES.contains(word) || word.endsWith("é") || word.endsWith("ée")
        || word.endsWith("és") || word.endsWith("ées") || word.endsWith("ado") || word.endsWith("ada")
        || word.endsWith("ados") || word.endsWith("adas") || word.endsWith("ido") || word.endsWith("ida")
        || word.endsWith("idos") || word.endsWith("idas");
  }

  private static final Set<String> POST_PARTICIPLES = Set.of("struck", "made", "held", "brokered", "reached", "signed",
      "won", "begun", "conclu", "conclue", "conclus", "conclues", "mis", "mise", "pris", "prise", "entré", "entrée");

  /** Prepositions of place that open a phrase going on with the event after a comma, not an appositive. */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("near", "outside", "pres", "aux", "cerca", "junto", "nahe",
      "unweit", "bei");

  /**
   * Whether the clause a comma opens after an event is short enough to be an appositive ({@value #APPOSITIVE_MAX} words
   * up to the next comma or the sentence's end): "closed since 1980", "as it did in 2017" - not a clause of its own
   * that carries on the story.
   */
  private static boolean appositiveAfter(Tokens t, int comma) {
    if (comma + 1 < t.size && ADVERBIAL_OPENERS.contains(t.norm[comma + 1])) {
      // a phrase of place that goes on describing the event dates it with it: "their meeting on the island of Combu,
      // near Belem in March 2024"
      return false;
    }
    int n = 0;
    for (int i = comma + 1; i < t.size && !clauseComma(t, i) && !t.norm[i].equals(".") && !t.norm[i].equals(":"); i++) {
      if (++n > APPOSITIVE_MAX) {
        return false;
      }
    }
    return true;
  }

  /**
   * The written date nearest the trigger in its stretch (as for {@code dayInStretch}), as an epoch day, or {@link
   * #NO_DAY}: "will meet in Brussels on Dec. 18 for the first round of talks", "la firma del acuerdo, el 3 de diciembre",
   * "fired a missile on Sept. 3".
   */
  private static long dateInStretch(Tokens t, int[] w, int[] sent, Hit trig, long day, int cut) {
    if (day == NO_DAY) {
      return NO_DAY;
    }
    for (int i = trig.end(); i < Math.min(cut, trig.end() + DAY_REACH); i++) {
      long d = writtenDate(t, sent, i, day);
      if (d != NO_DAY) {
        return d;
      }
      if ((w[i] & STRETCH_END) != 0) {
        break;
      }
    }
    for (int i = trig.start() - 1; i >= Math.max(sent[0], trig.start() - DAY_REACH); i--) {
      long d = writtenDate(t, sent, i, day);
      if (d != NO_DAY) {
        return d;
      }
      if ((w[i] & STRETCH_END) != 0) {
        break;
      }
    }
    return NO_DAY;
  }

  /**
   * Whether a written date lies outside the news window of an article published on {@code day}: after it, the act is
   * scheduled; more than {@value #WINDOW_DAYS} days before it, the act is background (LABELLING: the publication day or
   * about a week before it).
   */
  private static boolean outsideWindow(long date, long day) {
    return date != NO_DAY && (date > day || date < day - WINDOW_DAYS);
  }

  /** Whether the sentence holds a written date inside the news window, which dates it as a day word does. */
  private static boolean datedInWindow(Tokens t, int[] sent, long day) {
    if (day == NO_DAY) {
      return false;
    }
    for (int i = sent[0]; i < sent[1]; i++) {
      long d = writtenDate(t, sent, i, day);
      if (d != NO_DAY && !outsideWindow(d, day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date, as an epoch day, whose month is token {@code i}, when it is written out with its day and opened by one of
   * {@link #DATE_OPENERS}; else {@link #NO_DAY}. With no year written, the date is taken in the half-year either side of
   * publication ("Jan. 5" in a December story is next year's).
   */
  private static long writtenDate(Tokens t, int[] sent, int i, long day) {
    Integer month = MONTH_NUMBERS.get(t.norm[i]);
    if (month == null) {
      return NO_DAY;
    }
    int dayOfMonth;
    int opener;
    int after = i + 1;
    if (after < sent[1] && t.norm[after].equals(".")) {
      after++;
    }
    if (after < sent[1] && dayNumber(t.norm[after]) > 0) {
      // "Nov. 18", "November 18"
      dayOfMonth = dayNumber(t.norm[after]);
      opener = i - 1;
      after++;
    } else {
      // "18 novembre", "18 de noviembre", "18. November"
      int k = i - 1;
      if (k > sent[0] && (t.norm[k].equals(".") || t.norm[k].equals("de"))) {
        k--;
      }
      if (k < sent[0] || dayNumber(t.norm[k]) < 0) {
        return NO_DAY;
      }
      dayOfMonth = dayNumber(t.norm[k]);
      opener = k - 1;
    }
    if (opener < sent[0] || !DATE_OPENERS.contains(t.norm[opener])) {
      return NO_DAY;
    }
    java.time.LocalDate pub = java.time.LocalDate.ofEpochDay(day);
    int year = pub.getYear();
    boolean written = false;
    for (int k = after; k < Math.min(sent[1], after + 3); k++) {
      if (t.norm[k].length() == 4 && t.is(k, Tokens.NUM)) {
        year = Integer.parseInt(t.norm[k]);
        written = true;
        break;
      }
    }
    java.time.LocalDate date;
    try {
      date = java.time.LocalDate.of(year, month, dayOfMonth);
    } catch (java.time.DateTimeException e) {
      return NO_DAY;
    }
    if (!written && date.isBefore(pub.minusDays(183))) {
      date = date.plusYears(1);
    } else if (!written && date.isAfter(pub.plusDays(183))) {
      date = date.minusYears(1);
    }
    return date.toEpochDay();
  }

  /** The day of the month a token spells (1 to 31), or -1. */
  private static int dayNumber(String s) {
    if (s.isEmpty() || s.length() > 2 || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
      return -1;
    }
    int n = Integer.parseInt(s);
    return n >= 1 && n <= 31 ? n : -1;
  }

  /** A comma that sets off a clause, not one inside a number ("5,500"), which has no space on either side. */
  private static boolean clauseComma(Tokens t, int i) {
    return t.norm[i].equals(",") && !(i > 0 && i + 1 < t.size && t.end[i - 1] == t.start[i] && t.end[i] == t.start[i + 1]);
  }

  /** The token of the sentence's day word ("Monday", "lunes", "gestern") nearest the trigger, or -1. */
  private static int nearestDay(int[] w, int[] sent, Hit trig) {
    int best = -1;
    for (int i = sent[0]; i < sent[1]; i++) {
      if ((w[i] & DAYS) != 0 && (best < 0 || Math.abs(i - trig.start()) < Math.abs(best - trig.start()))) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Whether the year of a background cue is the article's or a later one. The year may also follow the cue ("en
   * octobre 2027" is read as the cue "en octobre" too).
   */
  private static boolean isThisYearOrLater(Tokens t, String[] norm, int start, int end, int year) {
    if (year < 0) {
      return false;
    }
    for (int i = start; i < Math.min(end + 1, t.size); i++) {
      if (norm[i].equals("#year")) {
        // a later year is a term or a deadline ("prorogeant jusqu'en octobre 2027"), not an earlier event
        return Integer.parseInt(t.norm[i]) >= year;
      }
    }
    return false;
  }

  /** The closest hit of a group on the allowed side, within reach and in the same clause. */
  private static Hit nearest(Req q, Hit trig, Hits hits, Tokens t, int[] w) {
    int best = -1;
    int bestDist = Integer.MAX_VALUE;
    for (int k = hits.from(q.group()), to = hits.to(q.group()); k < to; k++) {
      int hs = hits.start[k];
      int he = hits.end[k];
      int dist;
      if (hs >= trig.end() && q.where() != Where.BEFORE) {
        dist = words(t, trig.end(), hs) - dayPhrase(t, w, trig.end(), hs);
        if (dist > q.within() || brokenBetween(w, trig.end(), hs)) {
          continue;
        }
      } else if (he <= trig.start() && q.where() != Where.AFTER) {
        dist = words(t, he, trig.start());
        if (dist > q.within() || brokenBetween(w, he, trig.start())) {
          continue;
        }
      } else {
        continue;
      }
      if (dist < bestDist) {
        best = k;
        bestDist = dist;
      }
    }
    return best < 0 ? null : hits.hit(q.group(), best);
  }

  /**
   * How many words of a day phrase open tokens [from, to), right after a verb: two for a day word and the short word that
   * leads it in ("on Thursday", "este jueves", "ce mardi", "am Montag"), one for the day word alone, else none. A verb and
   * its object stand as far apart with the day between them as without it ("firmaron este jueves en el Palacio Nacional una
   * declaración conjunta").
   */
  private static int dayPhrase(Tokens t, int[] w, int from, int to) {
    if (from < to && (w[from] & DAYS) != 0) {
      return 1;
    }
    if (from + 1 < to && (w[from + 1] & DAYS) != 0 && t.is(from, Tokens.WORD) && t.norm[from].length() <= 4) {
      return 2;
    }
    return 0;
  }

  /** Number of words (not punctuation) in tokens [from, to): "U.S." is one word, not four tokens. */
  private static int words(Tokens t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (t.is(i, Tokens.WORD) && !(t.norm[i].length() == 1 && i + 1 < t.size && t.norm[i + 1].equals("."))) {
        n++;
      } else if (t.norm[i].length() == 1 && t.is(i, Tokens.WORD) && i + 1 < t.size && t.norm[i + 1].equals(".")
          && (i == 0 || !t.norm[i - 1].equals("."))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a clause of its own begins between a guard and the trigger, so that a negation stops short of it ("the
   * Council failed to adopt the draft after Russia cast a veto", "China refused to condemn the attack, but Japan
   * condemned it"). Only for exclude groups that say "clause: true": a future or a hedge also governs the clause after
   * it ("will lift sanctions after Iran releases the prisoners").
   */
  private static boolean scopeEnds(int[] w, int from, int to) {
    return anyBetween(w, from, to, SCOPE_END);
  }

  private static boolean brokenBetween(int[] w, int from, int to) {
    return anyBetween(w, from, to, CLAUSE_BREAK);
  }

  /** Whether a token in [from, to) is of the word class {@code words}. */
  private static boolean anyBetween(int[] w, int from, int to, int words) {
    for (int i = from; i < to; i++) {
      if ((w[i] & words) != 0) {
        return true;
      }
    }
    return false;
  }

  private static List<String> role(List<String> strategies, Hit trig, List<Hit> reqHits, Tokens t, int[] w,
      int[] sent, List<Mention> ms, List<Mention> used) {
    for (String s : strategies) {
      List<Mention> found = switch (s) {
        case "subject" -> passive(t, w, trig, sent) ? byAgent(t, w, trig, sent, ms) : subject(t, w, trig, sent, ms);
        case "object" -> object(t, w, trig, sent, ms);
        case "by-agent" -> byAgent(t, w, trig, sent, ms);
        case "attached-trigger" -> attached(t, w, trig, sent, ms);
        default -> attached(t, w, reqHits.get(Integer.parseInt(s.substring("attached-".length()))), sent, ms);
      };
      Set<String> codes = new LinkedHashSet<>();
      for (Mention m : found) {
        if (m.code() != null) {
          codes.add(m.code());
        }
      }
      if (!codes.isEmpty()) {
        used.addAll(found);
        return List.copyOf(codes);
      }
    }
    return List.of();
  }

  private static boolean passive(Tokens t, int[] w, Hit trig, int[] sent) {
    int p = trig.start() - 1;
    if (p >= sent[0] && (t.norm[p].equals("been") || (w[p] & PASSIVE_AUX) != 0)) {
      return true;
    }
    return p - 1 >= sent[0] && (w[p - 1] & PASSIVE_AUX) != 0 && t.norm[p].endsWith("ly");
  }

  private static List<Mention> subject(Tokens t, int[] w, Hit trig, int[] sent, List<Mention> ms) {
    int stop = sent[0];
    for (int i = trig.start() - 1; i >= sent[0]; i--) {
      if ((w[i] & SUBJECT_STOP) != 0) {
        stop = i + 1;
        break;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.tokStart() >= stop && m.tokEnd() <= trig.start() && !Tagger.isVenue(t, m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Mention> object(Tokens t, int[] w, Hit trig, int[] sent, List<Mention> ms) {
    int stop = Math.min(sent[1], trig.end() + 12);
    for (int i = trig.end(); i < stop; i++) {
      if ((w[i] & OBJECT_STOP) != 0 || t.norm[i].equals(".")) {
        stop = i;
        break;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.tokStart() >= trig.end() && m.tokEnd() <= stop && !Tagger.isVenue(t, m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Mention> byAgent(Tokens t, int[] w, Hit trig, int[] sent, List<Mention> ms) {
    int lim = Math.min(sent[1], trig.end() + 8);
    for (int i = trig.end(); i < lim; i++) {
      if ((w[i] & OBJECT_STOP) != 0) {
        break;
      }
      if (t.norm[i].equals("by")) {
        Hit after = new Hit(-1, i, i + 1);
        return object(t, w, after, sent, ms);
      }
    }
    return List.of();
  }

  /** Countries glued to a span: "North Korea sanctions", "sanctions on Iran and Syria". */
  private static List<Mention> attached(Tokens t, int[] w, Hit h, int[] sent, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    int q = h.end();
    while (q < sent[1] && (w[q] & MODIFIERS) != 0 && !t.norm[q].equals("of")) {
      q++;
    }
    if (q < sent[1] && (w[q] & ATTACH_PREP) != 0) {
      int p = q + 1;
      int steps = 0;
      while (p < sent[1] && steps < 12) {
        Mention m = startingAt(ms, p);
        if (m != null) {
          out.add(m);
          p = m.tokEnd();
        } else if ((w[p] & (LIST_GLUE | MODIFIERS)) != 0) {
          p++;
        } else {
          break;
        }
        steps++;
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    int p = h.start() - 1;
    int steps = 0;
    while (p >= sent[0] && steps < 8) {
      Mention m = endingAt(ms, p + 1);
      if (m != null) {
        out.add(m);
        p = m.tokStart() - 1;
      } else if ((w[p] & MODIFIERS) != 0 || (!out.isEmpty() && (w[p] & LIST_GLUE) != 0)) {
        p--;
      } else {
        break;
      }
      steps++;
    }
    return out;
  }

  private static Mention startingAt(List<Mention> ms, int tok) {
    for (Mention m : ms) {
      if (m.tokStart() == tok) {
        return m;
      }
    }
    return null;
  }

  private static Mention endingAt(List<Mention> ms, int tokEnd) {
    for (Mention m : ms) {
      if (m.tokEnd() == tokEnd) {
        return m;
      }
    }
    return null;
  }

  /** A mention by an adjective of nationality: English ("/demonym:") or French, Spanish, German ("/demonym-es:"). */
  static boolean isDemonym(String source) {
    return source.contains("/demonym");
  }
}
