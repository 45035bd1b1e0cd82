package io.wirewatch.enrich;

import io.wirewatch.UserException;
import io.wirewatch.enrich.internal.Inflect;
import io.wirewatch.enrich.internal.TokenTrie;
import io.wirewatch.enrich.internal.YamlTree;
import io.wirewatch.enrich.internal.YamlTree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The event-topic rules, compiled: an immutable value, safe to share between threads and to
 * swap as a whole when the file changes ({@link Enricher#withRules(RuleSet)}).
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.load(Path.of("rules.yaml"));   // or RuleSet.defaults()
 * rules.version();                                        // "rules-9c1e..."
 * }</pre>
 *
 * <p>A file that is not valid YAML, has an unknown key, names an undeclared topic or lexicon, or
 * has a value out of range is refused with a {@link UserException} naming the line, the value,
 * the rule and the fix. The file format is described at the top of the bundled
 * {@code enrich/rules.yaml}.
 */
public final class RuleSet {
  /** An event topic declared in the rule file. */
  public record Topic(String id, String name, String cameo, String iptc) {}

  /**
   * A set of terms a rule looks for, plus the special mentions it accepts. Rules that list the
   * same terms (most share "@negation, @hedge") share one group, so a sentence is searched for
   * each term once and every rule reads the hits of its own groups only.
   */
  static final class Group {
    final int id;
    boolean country;
    boolean demonym;
    boolean person;
    final Set<String> entities = new HashSet<>();
    /** The folded token sequences the group matches, each inflected form on its own. */
    final Set<List<String>> forms = new java.util.LinkedHashSet<>();
    /**
     * Words the group matches only as written, accents and their absence alike (terms written "^firmará", "^firmara"), by
     * their folded form: folding makes the Spanish future "firmará" the past subjunctive "firmara" and German "könnte" the
     * indicative "konnte".
     */
    final Map<String, String> accented = new java.util.HashMap<>();
    /** {@link #accented} by the words' Vocab numbers, sorted, for a look-up with no hashing at each hit. */
    int[] accentIds = new int[0];
    String[] accentWritten = new String[0];

    void numberAccents() {
      java.util.TreeMap<Integer, String> byId = new java.util.TreeMap<>();
      accented.forEach((folded, written) -> byId.put(io.wirewatch.enrich.internal.Vocab.intern(folded), written));
      accentIds = byId.keySet().stream().mapToInt(Integer::intValue).toArray();
      accentWritten = byId.values().toArray(new String[0]);
    }

    Group(int id) {
      this.id = id;
    }

    boolean special() {
      return country || demonym || person || !entities.isEmpty();
    }

    /** Identity of the content: two groups with the same key match exactly the same things. */
    String contentKey() {
      List<String> f = new ArrayList<>();
      for (List<String> form : forms) {
        f.add(String.join(" ", form));
      }
      Collections.sort(f);
      return country + "|" + demonym + "|" + person + "|" + new java.util.TreeSet<>(entities) + "|" + f + "|" + new java.util.TreeMap<>(accented);
    }
  }

  record Req(int group, Where where, int within) {}

  /**
   * An exclude group: a hit of {@code group} within {@code window} words before the trigger silences the rule, unless
   * a hit of {@code unless} (-1: none) ends right before that hit ("said it had summoned": reported speech, not a
   * past perfect of background). With {@code clause}, the group's reach stops where a clause of its own begins between
   * the hit and the trigger ("failed to adopt the draft after Russia cast a veto"). With {@code unlessDated}, a day of the
   * news window close to the trigger cancels the group ("Tehran had denied the inspectors access on Thursday").
   */
  record Excl(int group, int window, int unless, boolean clause, boolean unlessDated) {}

  enum Where {
    AFTER,
    BEFORE,
    EITHER
  }

  /**
   * One rule. {@code proposal} is an optional group (-1 for none): the nearest of its terms
   * after the trigger ("bid", "draft") names, through the countries attached to it, who proposed
   * what the event acted on; they go into the evidence, not into actors or targets. {@code venueRivals} are bodies that
   * act in the same way (the IAEA's board adopts resolutions too): when the article names one, a venue counts only when
   * the sentence itself names it. {@code headlineAbsent} is an optional group (-1 for none): when the article's headline
   * holds one of its terms, the rule fires nowhere in the article (a headline that files the story under a strike, a pay
   * round or a coalition's quarrel tells whose talks and truces the body reports).
   */
  record Rule(String id, String topic, int trigger, List<Req> require, List<Req> absent,
      List<Excl> exclude, int background, List<String> actors, List<String> targets,
      List<String> venue, boolean venueRequired, List<String> venueRivals, Set<String> suppresses, double confidence,
      Req proposal, boolean ownExcludeOnly, int headlineAbsent) {}

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*");
  private static final Pattern ROLE = Pattern.compile("subject|object|by-agent|attached-trigger|attached-(\\d+)");
  private static final Pattern ENTITY = Pattern.compile("(person|body|org|group):[a-z0-9][a-z0-9-]*");

  final TokenTrie<Integer> trie;
  final List<Group> groups;
  final List<Rule> rules;
  /** Groups that accept special mentions (countries, demonyms, people, entities). */
  final List<Group> specialGroups;
  /** Does any rule trigger on a special mention rather than a term? */
  final boolean specialTrigger;
  private final Map<String, Topic> topics;
  private final String version;
  private final String origin;

  private RuleSet(TokenTrie<Integer> trie, List<Group> groups, List<Rule> rules,
      Map<String, Topic> topics, String version, String origin) {
    this.trie = trie;
    this.groups = groups;
    this.rules = rules;
    this.specialGroups = groups.stream().filter(Group::special).toList();
    boolean special = false;
    for (Rule r : rules) {
      special |= groups.get(r.trigger()).special();
    }
    this.specialTrigger = special;
    this.topics = topics;
    this.version = version;
    this.origin = origin;
  }

  /** The bundled rules ({@code enrich/rules.yaml}), with the 18 default topics. */
  public static RuleSet defaults() {
    try (InputStream in = RuleSet.class.getResourceAsStream("/enrich/rules.yaml")) {
      if (in == null) {
        throw new IllegalStateException("bundled enrich/rules.yaml is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled enrich/rules.yaml");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled enrich/rules.yaml", e);
    }
  }

  /** Reads and compiles a rule file. */
  public static RuleSet load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserException("rule file " + file + " does not exist — check the path given to --rules");
    } catch (IOException e) {
      throw new UserException("cannot read rule file " + file + ": " + e.getMessage(), e);
    }
    return parse(text, "rule file " + file);
  }

  /** Compiles rules from YAML text; {@code origin} names the text in error messages. */
  public static RuleSet parse(String yaml, String origin) {
    return new Compiler(origin).compile(YamlTree.parse(yaml, origin), yaml);
  }

  /** Content hash of the rule text, e.g. {@code rules-9c1e0a...}. */
  public String version() {
    return version;
  }

  /** Where the rules came from (for logs). */
  public String origin() {
    return origin;
  }

  /** Declared topics, in file order. */
  public List<Topic> topics() {
    return List.copyOf(topics.values());
  }

  /** Rule ids, in file order. */
  public List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
  }

  // ---------------------------------------------------------------------------------------

  private static final class Compiler {
    final String origin;
    final TokenTrie<Integer> trie = new TokenTrie<>();
    final List<Group> groups = new ArrayList<>();
    final Map<String, Group> groupByContent = new HashMap<>();
    final Map<String, Node> lexicons = new HashMap<>();
    final Map<String, Boolean> lexiconInflect = new HashMap<>();
    final Map<String, Topic> topics = new LinkedHashMap<>();

    Compiler(String origin) {
      this.origin = origin;
    }

    UserException err(Node n, String what, String fix) {
      return new UserException(origin + " line " + n.line() + ": " + what + " — " + fix);
    }

    void keys(Node n, String where, Set<String> allowed) {
      if (!n.isMap()) {
        throw err(n, where + " must be a mapping (key: value)", "write it as key: value lines");
      }
      for (Map.Entry<String, Node> e : n.map().entrySet()) {
        if (!allowed.contains(e.getKey())) {
          throw err(e.getValue(), "unknown key '" + e.getKey() + "' in " + where,
              "use one of " + new java.util.TreeSet<>(allowed) + " (check the spelling)");
        }
      }
    }

    Node required(Node map, String key, String where) {
      Node v = map.map().get(key);
      if (v == null || v.value() == null) {
        throw err(map, where + " has no '" + key + "'", "add '" + key + ":'");
      }
      return v;
    }

    String scalar(Node n, String what) {
      if (!n.isScalar() || n.value() == null) {
        throw err(n, what + " must be a single value", "write one value, not a list or mapping");
      }
      return n.text();
    }

    List<Node> list(Node n, String what) {
      if (!n.isList()) {
        throw err(n, what + " must be a list", "write it as [a, b] or as '- a' lines");
      }
      return n.list();
    }

    RuleSet compile(Node root, String text) {
      keys(root, "the rule file", Set.of("version", "topics", "lexicons", "defaults", "rules"));
      Node version = root.map().get("version");
      if (version != null && !"1".equals(version.text())) {
        throw err(version, "version '" + version.text() + "' is not supported", "write version: 1");
      }
      for (Node t : list(required(root, "topics", "the rule file"), "topics")) {
        keys(t, "a topic", Set.of("id", "name", "cameo", "iptc", "description"));
        String id = scalar(required(t, "id", "a topic"), "topic id");
        if (!ID.matcher(id).matches()) {
          throw err(t, "topic id '" + id + "' is malformed", "use lower-case letters, digits and '-', e.g. sanctions-blocked");
        }
        if (topics.containsKey(id)) {
          throw err(t, "topic '" + id + "' is declared twice", "keep one declaration");
        }
        topics.put(id, new Topic(id, opt(t, "name", id), opt(t, "cameo", null), opt(t, "iptc", null)));
      }
      Node lex = root.map().get("lexicons");
      if (lex != null) {
        if (!lex.isMap()) {
          throw err(lex, "lexicons must be a mapping of name: terms", "write name: [term, term]");
        }
        for (Map.Entry<String, Node> e : lex.map().entrySet()) {
          Node v = e.getValue();
          boolean inflect = true;
          if (v.isMap()) {
            keys(v, "lexicon " + e.getKey(), Set.of("inflect", "terms"));
            Node inf = v.map().get("inflect");
            if (inf != null) {
              inflect = bool(inf, "inflect");
            }
            v = required(v, "terms", "lexicon " + e.getKey());
          }
          list(v, "lexicon " + e.getKey());
          lexicons.put(e.getKey(), v);
          lexiconInflect.put(e.getKey(), inflect);
        }
      }
      List<Excl> defaultExclude = List.of();
      // the terms each default exclude group was written with, which "drop-default-exclude" names
      List<List<String>> defaultExcludeTerms = new ArrayList<>();
      int defaultBackground = -1;
      List<Req> defaultAbsent = List.of();
      // per topic, the headline-absent terms every rule of the topic names on top of its own
      Map<String, List<Node>> topicHeadlineAbsent = new HashMap<>();
      Node defaults = root.map().get("defaults");
      if (defaults != null) {
        keys(defaults, "defaults", Set.of("exclude", "background", "absent", "headline-absent"));
        Node byTopic = defaults.map().get("headline-absent");
        if (byTopic != null) {
          if (!byTopic.isMap()) {
            throw err(byTopic, "headline-absent of defaults must map topics to terms",
                "write e.g. headline-absent: {sanctions-imposed: [\"@town-hall\"]}");
          }
          for (Map.Entry<String, Node> e : byTopic.map().entrySet()) {
            if (!topics.containsKey(e.getKey())) {
              throw err(e.getValue(), "headline-absent of defaults names the unknown topic '" + e.getKey() + "'",
                  "use one of " + new java.util.TreeSet<>(topics.keySet()));
            }
            topicHeadlineAbsent.put(e.getKey(), list(e.getValue(), "headline-absent of defaults for " + e.getKey()));
          }
        }
        if (defaults.map().containsKey("absent")) {
          defaultAbsent = reqs(defaults.map().get("absent"), "absent of defaults");
        }
        if (defaults.map().containsKey("exclude")) {
          defaultExclude = excludes(defaults.map().get("exclude"));
          for (Node e : list(defaults.map().get("exclude"), "exclude")) {
            defaultExcludeTerms.add(list(e.map().get("terms"), "exclude").stream().map(t -> scalar(t, "exclude").strip()).toList());
          }
        }
        if (defaults.map().containsKey("background")) {
          defaultBackground = group(defaults.map().get("background"), true, "background");
        }
      }
      List<Rule> rules = new ArrayList<>();
      Set<String> ruleIds = new HashSet<>();
      Set<String> ruleKeys = Set.of("id", "topic", "trigger", "require", "absent", "exclude", "background",
          "actors", "targets", "venue", "venue-required", "venue-rivals", "suppresses", "confidence", "description",
          "proposal", "own-exclude-only", "drop-default-exclude", "headline-absent");
      for (Node r : list(required(root, "rules", "the rule file"), "rules")) {
        keys(r, "a rule", ruleKeys);
        String id = scalar(required(r, "id", "a rule"), "rule id");
        if (!RULE_ID.matcher(id).matches()) {
          throw err(r, "rule id '" + id + "' is malformed", "write it as topic/name, e.g. sanctions-blocked/block-bid");
        }
        if (!ruleIds.add(id)) {
          throw err(r, "rule id '" + id + "' is used twice", "give each rule its own id");
        }
        Node topicNode = required(r, "topic", "rule " + id);
        String topic = scalar(topicNode, "topic");
        if (!topics.containsKey(topic)) {
          throw err(topicNode, "rule " + id + " names unknown topic '" + topic + "'",
              "use a topic declared under 'topics:' " + topics.keySet() + ", or declare it there");
        }
        int trigger = group(required(r, "trigger", "rule " + id), true, "trigger of " + id);
        List<Req> require = reqs(r.map().get("require"), "require of " + id);
        // the default absent groups (future time after the trigger) hold for every rule, on top of its own
        List<Req> absent = new ArrayList<>(reqs(r.map().get("absent"), "absent of " + id));
        absent.addAll(defaultAbsent);
        // the default exclude groups (negation, hedges, plans, past perfect) hold for every rule, on top of its
        // own, unless the rule's topic counts what they name (a moratorium threat is labelled as nuclear)
        boolean ownOnly = r.map().containsKey("own-exclude-only") && bool(r.map().get("own-exclude-only"), "own-exclude-only");
        List<Excl> exclude = new ArrayList<>(r.map().containsKey("exclude") ? excludes(r.map().get("exclude")) : List.of());
        // or unless the rule drops the default groups that name one of the terms it lists: a cancellation was planned by
        // nature, so "drop-default-exclude: ['@hedge']" keeps every other guard and leaves the hedges of plans out
        Set<Integer> dropped = droppedDefaults(r, id, ownOnly, defaultExcludeTerms);
        if (!ownOnly) {
          for (int i = 0; i < defaultExclude.size(); i++) {
            Excl d = defaultExclude.get(i);
            if (!dropped.contains(i) && !exclude.contains(d)) {
              exclude.add(d);
            }
          }
        }
        int background = r.map().containsKey("background")
            ? group(r.map().get("background"), true, "background of " + id) : defaultBackground;
        List<String> actors = roles(r.map().get("actors"), require.size(), "actors of " + id);
        List<String> targets = roles(r.map().get("targets"), require.size(), "targets of " + id);
        List<String> venue = entityIds(r, "venue");
        List<String> venueRivals = entityIds(r, "venue-rivals");
        boolean venueRequired = r.map().containsKey("venue-required") && bool(r.map().get("venue-required"), "venue-required");
        if (venueRequired && venue.isEmpty()) {
          throw err(r, "rule " + id + " requires a venue but lists none", "add venue: [org:unsc] or drop venue-required");
        }
        Set<String> suppresses = new HashSet<>();
        if (r.map().containsKey("suppresses")) {
          for (Node v : list(r.map().get("suppresses"), "suppresses")) {
            String s = scalar(v, "suppresses");
            if (!topics.containsKey(s)) {
              throw err(v, "rule " + id + " suppresses unknown topic '" + s + "'", "use a topic declared under 'topics:'");
            }
            suppresses.add(s);
          }
        }
        double confidence = 0.8;
        if (r.map().containsKey("confidence")) {
          Node c = r.map().get("confidence");
          try {
            confidence = Double.parseDouble(scalar(c, "confidence"));
          } catch (NumberFormatException e) {
            confidence = -1;
          }
          if (!(confidence > 0 && confidence <= 1)) {
            throw err(c, "confidence '" + c.text() + "' of rule " + id + " is not a number in (0, 1]", "write e.g. confidence: 0.85");
          }
        }
        Req proposal = r.map().containsKey("proposal") ? req(r.map().get("proposal"), "proposal of " + id) : null;
        List<Node> headlineTerms = new ArrayList<>(r.map().containsKey("headline-absent")
            ? list(r.map().get("headline-absent"), "headline-absent of " + id) : List.of());
        headlineTerms.addAll(topicHeadlineAbsent.getOrDefault(topic, List.of()));
        int headlineAbsent = headlineTerms.isEmpty() ? -1 : group(headlineTerms, true, "headline-absent of " + id);
        rules.add(new Rule(id, topic, trigger, require, absent, exclude, background, actors, targets,
            venue, venueRequired, venueRivals, Set.copyOf(suppresses), confidence, proposal, ownOnly, headlineAbsent));
      }
      String hash = "rules-" + Gazetteer.sha256(text).substring(0, 16);
      return new RuleSet(trie, List.copyOf(groups), List.copyOf(rules),
          Collections.unmodifiableMap(topics), hash, origin);
    }

    /** The indexes of the default exclude groups a rule's "drop-default-exclude" leaves out, each named by one of its terms. */
    Set<Integer> droppedDefaults(Node r, String id, boolean ownOnly, List<List<String>> defaultTerms) {
      Node n = r.map().get("drop-default-exclude");
      if (n == null) {
        return Set.of();
      }
      if (ownOnly) {
        throw err(n, "rule " + id + " both drops some default exclude groups and keeps none of them",
            "remove own-exclude-only to keep the other default groups, or remove drop-default-exclude");
      }
      Set<Integer> out = new HashSet<>();
      for (Node v : list(n, "drop-default-exclude")) {
        String term = scalar(v, "drop-default-exclude").strip();
        boolean found = false;
        for (int i = 0; i < defaultTerms.size(); i++) {
          if (defaultTerms.get(i).contains(term)) {
            out.add(i);
            found = true;
          }
        }
        if (!found) {
          throw err(v, "rule " + id + " drops default exclude '" + term + "', which no default exclude group lists",
              "name a term of a group under defaults: exclude, e.g. " + defaultTerms.stream().map(t -> t.get(0)).toList());
        }
      }
      return out;
    }

    String opt(Node map, String key, String dflt) {
      Node v = map.map().get(key);
      return v == null || v.value() == null ? dflt : scalar(v, key);
    }

    boolean bool(Node n, String what) {
      String s = scalar(n, what);
      if (s.equals("true") || s.equals("false")) {
        return Boolean.parseBoolean(s);
      }
      throw err(n, what + " '" + s + "' is not true or false", "write true or false");
    }

    List<String> roles(Node n, int requireCount, String what) {
      List<String> out = new ArrayList<>();
      if (n == null) {
        return out;
      }
      for (Node v : list(n, what)) {
        String s = scalar(v, what);
        var m = ROLE.matcher(s);
        if (!m.matches()) {
          throw err(v, what + ": unknown role strategy '" + s + "'",
              "use subject, object, by-agent, attached-trigger or attached-N (N = index of a require group)");
        }
        if (m.group(1) != null && Integer.parseInt(m.group(1)) >= requireCount) {
          throw err(v, what + ": '" + s + "' points at require group " + m.group(1) + " but the rule has " + requireCount,
              "use attached-0 to attached-" + Math.max(0, requireCount - 1) + " or add the require group");
        }
        out.add(s);
      }
      return List.copyOf(out);
    }

    List<Req> reqs(Node n, String what) {
      List<Req> out = new ArrayList<>();
      if (n == null) {
        return out;
      }
      for (Node r : list(n, what)) {
        out.add(req(r, what));
      }
      return List.copyOf(out);
    }

    /** One {terms, where, within} mapping. */
    Req req(Node r, String what) {
      keys(r, what, Set.of("terms", "where", "within"));
      int g = group(required(r, "terms", what), true, what);
      Where where = Where.EITHER;
      Node w = r.map().get("where");
      if (w != null) {
        String s = scalar(w, "where");
        switch (s) {
          case "after" -> where = Where.AFTER;
          case "before" -> where = Where.BEFORE;
          case "either" -> where = Where.EITHER;
          default -> throw err(w, "where '" + s + "' is unknown", "use after, before or either");
        }
      }
      int within = intIn(r.map().get("within"), 8, 0, 60, "within");
      return new Req(g, where, within);
    }

    List<Excl> excludes(Node n) {
      List<Excl> out = new ArrayList<>();
      for (Node e : list(n, "exclude")) {
        keys(e, "exclude", Set.of("terms", "window", "unless", "clause", "unless-dated"));
        int g = group(required(e, "terms", "exclude"), true, "exclude");
        Node unless = e.map().get("unless");
        Node clause = e.map().get("clause");
        Node dated = e.map().get("unless-dated");
        out.add(new Excl(g, intIn(e.map().get("window"), 6, 0, 30, "window"),
            unless == null ? -1 : group(unless, true, "exclude unless"), clause != null && bool(clause, "clause"),
            dated != null && bool(dated, "unless-dated")));
      }
      return List.copyOf(out);
    }

    int intIn(Node n, int dflt, int min, int max, String what) {
      if (n == null) {
        return dflt;
      }
      String s = scalar(n, what);
      try {
        int v = Integer.parseInt(s);
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw err(n, what + " '" + s + "' is not a whole number from " + min + " to " + max, "write e.g. " + what + ": " + dflt);
    }

    /** Compiles a term list into a group id, sharing the group of an identical earlier list. */
    int group(Node terms, boolean inflect, String what) {
      return group(list(terms, what), inflect, what);
    }

    /** The id of the group of these terms, a new one unless a group of the same content exists. */
    int group(List<Node> terms, boolean inflect, String what) {
      Group g = new Group(groups.size());
      addTerms(g, terms, inflect, what, new HashSet<>());
      g.numberAccents();
      Group same = groupByContent.putIfAbsent(g.contentKey(), g);
      if (same != null) {
        return same.id;
      }
      groups.add(g);
      for (List<String> form : g.forms) {
        trie.add(form, g.id);
      }
      return g.id;
    }

    void addTerms(Group g, List<Node> terms, boolean inflect, String what, Set<String> seenLexicons) {
      for (Node t : terms) {
        String s = scalar(t, what).strip();
        if (s.isEmpty()) {
          throw err(t, "an empty term in " + what, "remove it");
        }
        if (s.startsWith("@")) {
          String name = s.substring(1);
          switch (name) {
            case "country" -> g.country = true;
            case "demonym" -> g.demonym = true;
            case "person" -> g.person = true;
            default -> {
              if (name.startsWith("entity:")) {
                String e = name.substring("entity:".length());
                if (!ENTITY.matcher(e).matches()) {
                  throw err(t, "'" + s + "' does not name an entity id", "write e.g. @entity:org:unsc");
                }
                g.entities.add(e);
              } else {
                Node lex = lexicons.get(name);
                if (lex == null) {
                  throw err(t, "unknown lexicon '" + s + "' in " + what,
                      "use one of " + new java.util.TreeSet<>(lexicons.keySet()) + " or @country, @demonym, @person, @entity:ID");
                }
                if (seenLexicons.add(name)) {
                  addTerms(g, lex.list(), lexiconInflect.get(name), "lexicon " + name, seenLexicons);
                }
              }
            }
          }
          continue;
        }
        boolean accent = s.startsWith("^");
        boolean literal = accent || s.startsWith("=");
        String phrase = literal ? s.substring(1) : s;
        List<String> tokens = specialise(TokenTrie.foldPhrase(phrase));
        if (tokens.isEmpty()) {
          throw err(t, "the term '" + s + "' has no letters or digits", "remove it or write the word");
        }
        if (accent) {
          String written = java.text.Normalizer.normalize(phrase, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
          if (tokens.size() != 1 || !written.matches("\\p{L}+")) {
            throw err(t, "the accent-sensitive term '" + s + "' must be one word",
                "write one word as it is spelt, such as ^firmará or ^firmara (no accent), or drop the ^");
          }
          g.accented.put(tokens.get(0), written);
        }
        Set<String> firsts = inflect && !literal ? Inflect.forms(tokens.get(0)) : Set.of(tokens.get(0));
        for (String f : firsts) {
          List<String> form = new ArrayList<>(tokens);
          form.set(0, f);
          g.forms.add(List.copyOf(form));
        }
      }
    }

    /** The entity ids listed under {@code key} ("venue", "venue-rivals"), checked for their form. */
    private List<String> entityIds(Node r, String key) {
      List<String> out = new ArrayList<>();
      if (r.map().containsKey(key)) {
        for (Node v : list(r.map().get(key), key)) {
          String e = scalar(v, key);
          if (!ENTITY.matcher(e).matches()) {
            throw err(v, key + " '" + e + "' is not an entity id", "use a gazetteer id such as org:unsc");
          }
          out.add(e);
        }
      }
      return List.copyOf(out);
    }

    /** "#", "year" → "#year"; "mid", "-", "#", "year" → "mid", "-", "#year"; likewise "#month" and "#conditional". */
    static List<String> specialise(List<String> tokens) {
      List<String> out = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i);
        if (t.equals("#") && i + 1 < tokens.size()
            && (tokens.get(i + 1).equals("year") || tokens.get(i + 1).equals("month")
            || tokens.get(i + 1).equals("conditional"))) {
          out.add("#" + tokens.get(i + 1));
          i++;
        } else {
          out.add(t);
        }
      }
      return out;
    }
  }
}
