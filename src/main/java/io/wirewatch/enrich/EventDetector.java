package io.wirewatch.enrich;

import io.wirewatch.enrich.RuleSet.Excl;
import io.wirewatch.enrich.RuleSet.Group;
import io.wirewatch.enrich.RuleSet.Req;
import io.wirewatch.enrich.RuleSet.Rule;
import io.wirewatch.enrich.RuleSet.Where;
import io.wirewatch.enrich.Tagger.FieldScan;
import io.wirewatch.enrich.Tagger.Mention;
import io.wirewatch.enrich.internal.Tokens;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the rules over each sentence of an article already scanned by the {@link Tagger}. */
final class EventDetector {
  /** A term found in a sentence: group id and token range. */
  private record Hit(int group, int start, int end) {}

  private static final Set<String> CLAUSE_BREAK = Set.of(";", "but", "while", "whereas", "although", "though", "meanwhile",
      "after", "because", "before", "when", "despite");
  private static final Set<String> SUBJECT_STOP = Set.of(";", ":", "said", "says", "say", "told", "that",
      "according", "but", "while", "after", "when", "as", "because", "since", "although", "which", "who",
      "amid", "before", "if", "whereas", "\"", "over", "against", "about");
  private static final Set<String> OBJECT_STOP = Set.of(";", ":", "said", "says", "say", "told", "after",
      "as", "while", "but", "because", "when", "which", "who", "amid", "before", "since", "over", "despite",
      "following", "\"", "during");
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "be", "get", "got");
  private static final Set<String> MODIFIERS = Set.of("new", "more", "fresh", "further", "additional", "tougher",
      "tough", "harsh", "harsher", "economic", "financial", "oil", "trade", "unilateral", "international",
      "sweeping", "the", "its", "their", "'", "s", "-", "related", "tighter", "wider", "broader", "stringent",
      "punishing", "crippling", "targeted", "secondary", "western", "a", "an", "of", "latest", "first",
      "second", "third", "another", "ballistic", "two", "three", "several", "senior", "some");
  private static final Set<String> ATTACH_PREP = Set.of("on", "against", "targeting", "from", "with", "to", "of");
  private static final Set<String> LIST_GLUE = Set.of(",", "and", "&", "the", "'", "s", "-", "or");
  private static final Map<String, Boolean> MONTHS = months();

  private final RuleSet rules;
  private final Gazetteer gazetteer;

  EventDetector(RuleSet rules, Gazetteer gazetteer) {
    this.rules = rules;
    this.gazetteer = gazetteer;
  }

  private static Map<String, Boolean> months() {
    Map<String, Boolean> m = new java.util.HashMap<>();
    for (String s : List.of("january", "february", "april", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec")) {
      m.put(s, false);
    }
    m.put("march", true);
    m.put("may", true);
    return m;
  }

  List<EventMatch> detect(ArticleText text, FieldScan[] scans) {
    int year = text.published() == null ? -1 : text.published().atZone(ZoneOffset.UTC).getYear();
    List<Mention> all = new ArrayList<>();
    for (FieldScan fs : scans) {
      all.addAll(fs.mentions);
    }
    Map<String, EventMatch> best = new LinkedHashMap<>();
    for (FieldScan fs : scans) {
      if (fs.tokens.size == 0) {
        continue;
      }
      String[] norm = eventNorm(fs.tokens);
      int mi = 0;
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
        boolean lede = fs.field == ArticleField.HEADLINE || si == 0;
        List<EventMatch> found = sentence(fs, norm, sent, ms, all, lede, year);
        for (EventMatch m : found) {
          EventMatch prev = best.get(m.topic());
          if (prev == null || m.confidence() > prev.confidence()) {
            best.put(m.topic(), m);
          }
        }
      }
    }
    List<EventMatch> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble(EventMatch::confidence).reversed());
    return out;
  }

  private static String[] eventNorm(Tokens t) {
    String[] n = t.norm.clone();
    for (int i = 0; i < t.size; i++) {
      String s = n[i];
      if (t.is(i, Tokens.NUM) && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"))
          && s.chars().allMatch(Character::isDigit)) {
        n[i] = "#year";
      } else if (t.is(i, Tokens.CAP)) {
        Boolean needsNumber = MONTHS.get(s);
        if (needsNumber != null && (!needsNumber || (i + 1 < t.size && t.is(i + 1, Tokens.NUM)))) {
          n[i] = "#month";
        }
      }
    }
    return n;
  }

  private List<EventMatch> sentence(FieldScan fs, String[] norm, int[] sent, List<Mention> ms,
      List<Mention> all, boolean lede, int year) {
    Tokens t = fs.tokens;
    List<Hit> hits = new ArrayList<>();
    for (int p = sent[0]; p < sent[1]; p++) {
      final int from = p;
      rules.trie.matchesAt(norm, p, sent[1], (end, groups) -> {
        for (Integer g : groups) {
          hits.add(new Hit(g, from, end));
        }
      });
    }
    for (Group g : rules.groups) {
      if (!g.special()) {
        continue;
      }
      for (Mention m : ms) {
        boolean ok = (g.country && m.code() != null)
            || (g.demonym && m.code() != null && m.alias().source().contains("/demonym:"))
            || (g.person && m.entityId() != null && m.entityId().startsWith("person:"))
            || (m.entityId() != null && g.entities.contains(m.entityId()));
        if (ok) {
          hits.add(new Hit(g.id, m.tokStart(), m.tokEnd()));
        }
      }
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    List<EventMatch> out = new ArrayList<>(2);
    List<Set<String>> suppress = new ArrayList<>(2);
    for (Rule r : rules.rules) {
      for (Hit trig : hits) {
        if (trig.group() != r.trigger()) {
          continue;
        }
        EventMatch m = evaluate(r, trig, hits, fs, t, norm, sent, ms, all, lede, year);
        if (m != null) {
          out.add(m);
          suppress.add(r.suppresses());
          break;
        }
      }
    }
    if (out.size() > 1) {
      Set<String> silenced = new HashSet<>();
      suppress.forEach(silenced::addAll);
      out.removeIf(m -> silenced.contains(m.topic()));
    }
    return out;
  }

  private EventMatch evaluate(Rule r, Hit trig, List<Hit> hits, FieldScan fs, Tokens t, String[] norm,
      int[] sent, List<Mention> ms, List<Mention> all, boolean lede, int year) {
    for (Excl ex : r.exclude()) {
      for (Hit h : hits) {
        if (h.group() == ex.group() && h.end() <= trig.start() && words(t, h.end(), trig.start()) <= ex.window()) {
          return null;
        }
      }
    }
    if (r.background() >= 0) {
      for (Hit h : hits) {
        if (h.group() == r.background() && !isThisYear(t, norm, h, year)) {
          return null;
        }
      }
    }
    List<Hit> reqHits = new ArrayList<>(r.require().size());
    for (Req q : r.require()) {
      Hit h = nearest(q, trig, hits, t);
      if (h == null) {
        return null;
      }
      reqHits.add(h);
    }
    for (Req q : r.absent()) {
      if (nearest(q, trig, hits, t) != null) {
        return null;
      }
    }
    String venue = null;
    for (String v : r.venue()) {
      if (ms.stream().anyMatch(m -> v.equals(m.entityId()))) {
        venue = v;
        break;
      }
    }
    if (venue == null) {
      for (String v : r.venue()) {
        if (all.stream().anyMatch(m -> v.equals(m.entityId()))) {
          venue = v;
          break;
        }
      }
    }
    if (r.venueRequired() && venue == null) {
      return null;
    }
    List<Mention> actorMentions = new ArrayList<>();
    List<String> actors = role(r.actors(), trig, reqHits, t, sent, ms, actorMentions);
    List<Mention> targetMentions = new ArrayList<>();
    List<String> targets = new ArrayList<>(role(r.targets(), trig, reqHits, t, sent, ms, targetMentions));
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
    double conf = Math.min(0.99, r.confidence() + (lede ? 0.05 : 0));
    int s0 = t.start[sent[0]];
    int s1 = t.end[sent[1] - 1];
    return new EventMatch(r.topic(), Math.round(conf * 1000) / 1000.0, r.id(), t.text.substring(s0, s1),
        fs.field, s0, trigger, ev, actors, targets, venue);
  }

  private static boolean isThisYear(Tokens t, String[] norm, Hit h, int year) {
    if (year < 0) {
      return false;
    }
    for (int i = h.start(); i < h.end(); i++) {
      if (norm[i].equals("#year")) {
        return t.norm[i].equals(String.valueOf(year));
      }
    }
    return false;
  }

  /** The closest hit of a group on the allowed side, within reach and in the same clause. */
  private static Hit nearest(Req q, Hit trig, List<Hit> hits, Tokens t) {
    Hit best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Hit h : hits) {
      if (h.group() != q.group()) {
        continue;
      }
      int dist;
      if (h.start() >= trig.end() && q.where() != Where.BEFORE) {
        dist = words(t, trig.end(), h.start());
        if (dist > q.within() || brokenBetween(t, trig.end(), h.start())) {
          continue;
        }
      } else if (h.end() <= trig.start() && q.where() != Where.AFTER) {
        dist = words(t, h.end(), trig.start());
        if (dist > q.within() || brokenBetween(t, h.end(), trig.start())) {
          continue;
        }
      } else {
        continue;
      }
      if (dist < bestDist) {
        best = h;
        bestDist = dist;
      }
    }
    return best;
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

  private static boolean brokenBetween(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_BREAK.contains(t.norm[i])) {
        return true;
      }
    }
    return false;
  }

  private static List<String> role(List<String> strategies, Hit trig, List<Hit> reqHits, Tokens t,
      int[] sent, List<Mention> ms, List<Mention> used) {
    for (String s : strategies) {
      List<Mention> found = switch (s) {
        case "subject" -> passive(t, trig, sent) ? byAgent(t, trig, sent, ms) : subject(t, trig, sent, ms);
        case "object" -> object(t, trig, sent, ms);
        case "by-agent" -> byAgent(t, trig, sent, ms);
        case "attached-trigger" -> attached(t, trig, sent, ms);
        default -> attached(t, reqHits.get(Integer.parseInt(s.substring("attached-".length()))), sent, ms);
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

  private static boolean passive(Tokens t, Hit trig, int[] sent) {
    int p = trig.start() - 1;
    if (p >= sent[0] && (t.norm[p].equals("been") || PASSIVE_AUX.contains(t.norm[p]))) {
      return true;
    }
    return p - 1 >= sent[0] && PASSIVE_AUX.contains(t.norm[p - 1]) && t.norm[p].endsWith("ly");
  }

  private static List<Mention> subject(Tokens t, Hit trig, int[] sent, List<Mention> ms) {
    int stop = sent[0];
    for (int i = trig.start() - 1; i >= sent[0]; i--) {
      if (SUBJECT_STOP.contains(t.norm[i])) {
        stop = i + 1;
        break;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.tokStart() >= stop && m.tokEnd() <= trig.start()) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Mention> object(Tokens t, Hit trig, int[] sent, List<Mention> ms) {
    int stop = Math.min(sent[1], trig.end() + 12);
    for (int i = trig.end(); i < stop; i++) {
      if (OBJECT_STOP.contains(t.norm[i]) || t.norm[i].equals(".")) {
        stop = i;
        break;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.tokStart() >= trig.end() && m.tokEnd() <= stop) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Mention> byAgent(Tokens t, Hit trig, int[] sent, List<Mention> ms) {
    int lim = Math.min(sent[1], trig.end() + 8);
    for (int i = trig.end(); i < lim; i++) {
      if (OBJECT_STOP.contains(t.norm[i])) {
        break;
      }
      if (t.norm[i].equals("by")) {
        Hit after = new Hit(-1, i, i + 1);
        return object(t, after, sent, ms);
      }
    }
    return List.of();
  }

  /** Countries glued to a span: "North Korea sanctions", "sanctions on Iran and Syria". */
  private static List<Mention> attached(Tokens t, Hit h, int[] sent, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    int q = h.end();
    while (q < sent[1] && MODIFIERS.contains(t.norm[q]) && !t.norm[q].equals("of")) {
      q++;
    }
    if (q < sent[1] && ATTACH_PREP.contains(t.norm[q])) {
      int p = q + 1;
      int steps = 0;
      while (p < sent[1] && steps < 12) {
        Mention m = startingAt(ms, p);
        if (m != null) {
          out.add(m);
          p = m.tokEnd();
        } else if (LIST_GLUE.contains(t.norm[p]) || MODIFIERS.contains(t.norm[p])) {
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
      } else if (MODIFIERS.contains(t.norm[p]) || (!out.isEmpty() && LIST_GLUE.contains(t.norm[p]))) {
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
}
