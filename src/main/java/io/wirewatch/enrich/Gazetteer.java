package io.wirewatch.enrich;

import io.wirewatch.UserException;
import io.wirewatch.enrich.internal.Alias;
import io.wirewatch.enrich.internal.TokenTrie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names of states, territories, people, government bodies and international
 * organisations that the tagger looks for.
 *
 * <p>Loaded once from the bundled data ({@code enrich/countries.txt}, {@code enrich/entities.txt},
 * {@code enrich/lookalikes.txt}), optionally extended by a user file, and immutable after that:
 * safe to share between threads. Every line is checked at load time; a bad line is refused with
 * a {@link UserException} that names the file, the line, the problem and the fix.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load(Optional.of(Path.of("my-names.txt")));
 * g.country("KP").orElseThrow().name();   // "North Korea"
 * }</pre>
 *
 * <p>A user file has one rule per line, the kind first:
 * <pre>
 * country | XX | XXX | territory | Name | other names | capitals | seats | demonyms
 * entity  | person:jane-doe | PERSON | FR | foreign minister | Jane Doe | Doe | 2026-01-31
 * alias   | KP | Hermit Kingdom; Hermit State
 * block   | Jordan Brand
 * either  | Congo | CD; CG
 * sense   | Turkey | TR | turkey; turkeys; Thanksgiving
 * name    | fr | KP | Corée-du-Nord
 * skip-generated | es | Granada
 * </pre>
 */
public final class Gazetteer {
  /** A state or territory. */
  public record Country(String code, String alpha3, String name, String status) {}

  /**
   * A country name that is also something else: in an article where one of the cue words stands
   * (whole words, case as written), the name does not count for {@code code} unless the article
   * also names that country another way (capital, demonym, other name, leader, body).
   */
  public record Sense(String name, String code, List<String> cueWords) {
    /**
     * Does the text hold one of the cue words, as a whole word (no letter or digit right before or
     * after it), in the case written? A plain search per cue: a regular expression with look-arounds
     * tried at every position of a long body cost more than the rest of the tagging.
     */
    public boolean shownIn(String text) {
      if (text == null) {
        return false;
      }
      for (String cue : cueWords) {
        for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
          int end = i + cue.length();
          if ((i == 0 || !wordChar(text.codePointBefore(i))) && (end == text.length() || !wordChar(text.codePointAt(end)))) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean wordChar(int cp) {
      if (Character.isLetter(cp)) {
        return true;
      }
      int type = Character.getType(cp);
      return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
  }

  /** A person, government body or organisation; {@code country} and {@code role} may be null. */
  public record Entity(
      String id, EntityType type, String country, String role, String name, String checked) {}

  /** Languages that get names from the Java locale data, besides the English base names. */
  public static final List<String> GENERATED_LANGUAGES = List.of("fr", "es", "de");

  private static final Pattern CODE2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern CODE3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ENTITY_ID = Pattern.compile("(person|body|org|group):[a-z0-9][a-z0-9-]*");
  private static final Set<String> STATUSES = Set.of("member", "observer", "other", "territory");

  private final Map<String, Country> countries;
  private final Map<String, Entity> entities;
  private final Map<String, TokenTrie<Alias>> tries;
  private final List<Alias> baseAliases;
  private final Map<String, Sense> senses;
  /** The countries some sense stands for: a name of any other country has no other sense to look up. */
  private final Set<String> senseCodes;
  private final String version;

  private Gazetteer(
      Map<String, Country> countries,
      Map<String, Entity> entities,
      Map<String, TokenTrie<Alias>> tries,
      List<Alias> baseAliases,
      Map<String, Sense> senses,
      String version) {
    this.countries = countries;
    this.entities = entities;
    this.tries = tries;
    this.baseAliases = baseAliases;
    this.senses = senses;
    Set<String> codes = new HashSet<>();
    senses.values().forEach(s -> codes.add(s.code()));
    this.senseCodes = Collections.unmodifiableSet(codes);
    this.version = version;
  }

  /** The bundled gazetteer only. */
  public static Gazetteer defaults() {
    return load(Optional.empty());
  }

  /**
   * Loads the bundled gazetteer plus, when given, a user file that adds or overrides entries.
   *
   * @throws UserException when a line of any file is malformed, naming file and line
   */
  public static Gazetteer load(Optional<Path> extraFile) {
    Builder b = new Builder();
    b.readBundled("countries.txt", "country");
    b.readBundled("entities.txt", "entity");
    b.readBundled("lookalikes.txt", null);
    if (extraFile.isPresent()) {
      Path p = extraFile.get();
      String text;
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UserException(
            "gazetteer file " + p + " does not exist — check the path given to --gazetteer");
      } catch (IOException e) {
        throw new UserException("cannot read gazetteer file " + p + ": " + e.getMessage(), e);
      }
      b.read(p.toString(), text, null);
    }
    return b.build();
  }

  /** Content hash of every name and rule in use, e.g. {@code gaz-3f2a...}. */
  public String version() {
    return version;
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** The other sense of a country name (its folded key) when it stands for {@code code}, or null. */
  public Sense sense(String aliasKey, String code) {
    if (senses.isEmpty()) {
      return null;
    }
    Sense s = senses.get(aliasKey);
    return s != null && s.code().equals(code) ? s : null;
  }

  /**
   * {@link #sense(String, String)} of the alias's key, which is only worked out (a join of its tokens) when some sense
   * stands for {@code code}: most mentions are of countries whose names have no other sense.
   */
  public Sense sense(Alias alias, String code) {
    return senseCodes.contains(code) ? sense(alias.key(), code) : null;
  }

  public Collection<Country> countries() {
    return Collections.unmodifiableCollection(countries.values());
  }

  public Collection<Entity> entities() {
    return Collections.unmodifiableCollection(entities.values());
  }

  /** Every English-base name that makes a tag (countries, entities, shared names), as written. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (Alias a : baseAliases) {
      if (a.kind() != Alias.Kind.BLOCK) {
        out.add(a.surface());
      }
    }
    return out;
  }

  /** The trie for a language: English base names, plus that language's names when it has any. */
  public TokenTrie<Alias> trie(String lang) {
    if (lang != null) {
      String l = lang.toLowerCase(Locale.ROOT);
      int dash = l.indexOf('-');
      if (dash > 0) {
        l = l.substring(0, dash);
      }
      TokenTrie<Alias> t = tries.get(l);
      if (t != null) {
        return t;
      }
    }
    return tries.get("en");
  }

  // ---------------------------------------------------------------------------------------

  private static final class Builder {
    final Map<String, Country> countries = new LinkedHashMap<>();
    final Map<String, Entity> entities = new LinkedHashMap<>();
    final List<Pending> names = new ArrayList<>();
    final List<Pending> langNames = new ArrayList<>();
    final List<String[]> eithers = new ArrayList<>();
    final List<Pending> blocks = new ArrayList<>();
    final Map<String, Sense> senses = new LinkedHashMap<>();
    final Map<String, Where> senseLines = new HashMap<>();
    final Set<String> skipGenerated = new HashSet<>();

    /** A name waiting to become an alias, with where it came from (for errors). */
    record Pending(
        String lang, String surface, String kindLabel, String target, String file, int line) {}

    void readBundled(String name, String impliedKind) {
      String res = "/enrich/" + name;
      try (InputStream in = Gazetteer.class.getResourceAsStream(res)) {
        if (in == null) {
          throw new IllegalStateException("bundled gazetteer file " + res + " is missing from the jar");
        }
        read(res, new String(in.readAllBytes(), StandardCharsets.UTF_8), impliedKind);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read bundled gazetteer file " + res, e);
      }
    }

    void read(String file, String text, String impliedKind) {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\\|", -1);
        for (int c = 0; c < cols.length; c++) {
          cols[c] = cols[c].strip();
        }
        String kind = impliedKind;
        String[] rest = cols;
        if (kind == null) {
          kind = cols[0];
          rest = java.util.Arrays.copyOfRange(cols, 1, cols.length);
        }
        Where w = new Where(file, i + 1, line);
        switch (kind) {
          case "country" -> country(w, rest);
          case "entity" -> entity(w, rest);
          case "alias" -> alias(w, rest);
          case "block" -> block(w, rest);
          case "either" -> either(w, rest);
          case "sense" -> sense(w, rest);
          case "name" -> langName(w, rest);
          case "demonym" -> langDemonym(w, rest, true);
          case "nationals" -> langDemonym(w, rest, false);
          case "skip-generated" -> skip(w, rest);
          default -> throw w.error(
              "unknown kind '" + kind + "'",
              "start the line with one of country, entity, alias, block, either, sense, name, demonym, nationals, skip-generated");
        }
      }
    }

    record Where(String file, int line, String text) {
      UserException error(String what, String fix) {
        return new UserException(
            "gazetteer " + file + " line " + line + ": " + what + " — " + fix + " (line: " + text + ")");
      }
    }

    static void columns(Where w, String[] cols, int n, String layout) {
      if (cols.length != n) {
        throw w.error(
            "expected " + n + " columns separated by '|', found " + cols.length,
            "write it as: " + layout);
      }
    }

    static List<String> values(String cell) {
      List<String> out = new ArrayList<>();
      if (cell.isEmpty() || cell.equals("-")) {
        return out;
      }
      for (String v : cell.split(";")) {
        String s = v.strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    }

    void country(Where w, String[] c) {
      String layout = "code | alpha3 | status | name | other names | capitals | seats of power | demonyms";
      columns(w, c, 8, layout);
      String code = c[0];
      if (!CODE2.matcher(code).matches()) {
        throw w.error("country code '" + code + "' is not two capital letters",
            "use the ISO 3166-1 alpha-2 code, e.g. KP");
      }
      if (!CODE3.matcher(c[1]).matches()) {
        throw w.error("alpha-3 code '" + c[1] + "' is not three capital letters",
            "use the ISO 3166-1 alpha-3 code, e.g. PRK");
      }
      if (!STATUSES.contains(c[2])) {
        throw w.error("status '" + c[2] + "' is unknown", "use one of " + new TreeSet<>(STATUSES));
      }
      String name = c[3].replaceFirst("^[?~]", "");
      if (name.isEmpty()) {
        throw w.error("the country " + code + " has no name", "give its short English name in column 4");
      }
      countries.put(code, new Country(code, c[1], name, c[2]));
      names.add(new Pending(null, c[3], "name", code, w.file(), w.line()));
      for (String v : values(c[4])) {
        names.add(new Pending(null, v, "name", code, w.file(), w.line()));
      }
      for (String v : values(c[5])) {
        names.add(new Pending(null, v, "capital", code, w.file(), w.line()));
      }
      for (String v : values(c[6])) {
        names.add(new Pending(null, v, "seat", code, w.file(), w.line()));
      }
      for (String v : values(c[7])) {
        names.add(new Pending(null, v, "demonym", code, w.file(), w.line()));
        String plural = plural(v);
        if (plural != null) {
          names.add(new Pending(null, plural, "demonym", code, w.file(), w.line()));
        }
      }
    }

    static String plural(String demonym) {
      String d = demonym.toLowerCase(Locale.ROOT);
      if (d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese")
          || d.endsWith("man") || d.endsWith("woman") || d.endsWith("z") || d.endsWith("x")) {
        return null;
      }
      return demonym + "s";
    }

    void entity(Where w, String[] c) {
      String layout = "id | type | country | role | name | other names | checked";
      columns(w, c, 7, layout);
      String id = c[0];
      if (!ENTITY_ID.matcher(id).matches()) {
        throw w.error("entity id '" + id + "' is malformed",
            "use person:, body:, org: or group: and a lower-case slug, e.g. person:kim-jong-un");
      }
      EntityType type;
      try {
        type = EntityType.valueOf(c[1]);
      } catch (IllegalArgumentException e) {
        throw w.error("entity type '" + c[1] + "' is unknown",
            "use one of PERSON, GOVERNMENT_BODY, INTERNATIONAL_ORGANISATION, ORGANISATION, OTHER");
      }
      String country = c[2].equals("-") || c[2].isEmpty() ? null : c[2];
      if (country != null && !countries.containsKey(country)) {
        throw w.error("country '" + country + "' of " + id + " is not in the gazetteer",
            "use an alpha-2 code listed in countries.txt, or '-' when the entity has none");
      }
      String checked = c[6].equals("-") || c[6].isEmpty() ? null : c[6];
      if (checked != null) {
        try {
          LocalDate.parse(checked);
        } catch (DateTimeParseException e) {
          throw w.error("checked date '" + checked + "' is not a date",
              "write it as YYYY-MM-DD, or '-' when unknown");
        }
      }
      if (c[4].isEmpty()) {
        throw w.error("entity " + id + " has no name", "give its canonical name in column 5");
      }
      String role = c[3].equals("-") || c[3].isEmpty() ? null : c[3];
      entities.put(id, new Entity(id, type, country, role, c[4].replaceFirst("^[?~]", ""), checked));
      names.add(new Pending(null, c[4], "entity", id, w.file(), w.line()));
      for (String v : values(c[5])) {
        names.add(new Pending(null, v, "entity", id, w.file(), w.line()));
      }
    }

    void alias(Where w, String[] c) {
      columns(w, c, 2, "alias | CODE or entity id | name; name...");
      String target = c[0];
      boolean isCountry = countries.containsKey(target);
      if (!isCountry && !entities.containsKey(target)) {
        throw w.error("'" + target + "' is neither a country code nor an entity id in the gazetteer",
            "use an alpha-2 code (KP) or an entity id (org:unsc) defined before this line");
      }
      for (String v : values(c[1])) {
        names.add(new Pending(null, v, isCountry ? "name" : "entity", target, w.file(), w.line()));
      }
    }

    void block(Where w, String[] c) {
      columns(w, c, 1, "block | phrase");
      if (c[0].isEmpty()) {
        throw w.error("the block phrase is empty", "write the phrase that must not make a tag");
      }
      blocks.add(new Pending(null, c[0], "block", null, w.file(), w.line()));
    }

    void either(Where w, String[] c) {
      columns(w, c, 2, "either | name | CODE; CODE...");
      List<String> codes = values(c[1]);
      if (codes.size() < 2) {
        throw w.error("a shared name needs at least two country codes, found " + codes,
            "list every country the name may stand for, most common first, e.g. CD; CG");
      }
      for (String code : codes) {
        if (!countries.containsKey(code)) {
          throw w.error("country '" + code + "' is not in the gazetteer",
              "use alpha-2 codes listed in countries.txt");
        }
      }
      eithers.add(new String[] {c[0], String.join(";", codes), w.file(), String.valueOf(w.line())});
    }

    void sense(Where w, String[] c) {
      columns(w, c, 3, "sense | name | CODE | cue word; cue word...");
      if (c[0].isEmpty()) {
        throw w.error("the name is empty", "write the country name that has another sense, e.g. Turkey");
      }
      if (!countries.containsKey(c[1])) {
        throw w.error("country '" + c[1] + "' is not in the gazetteer", "use alpha-2 codes listed in countries.txt");
      }
      List<String> cues = values(c[2]);
      if (cues.isEmpty()) {
        throw w.error("no cue words for '" + c[0] + "'",
            "list the words that show the other sense, separated by ';', e.g. turkey; Thanksgiving");
      }
      senses.put(fold(c[0]), new Sense(c[0], c[1], List.copyOf(cues)));
      senseLines.put(fold(c[0]), w);
    }

    void langName(Where w, String[] c) {
      columns(w, c, 3, "name | lang | CODE | name; name...");
      String lang = c[0];
      if (!lang.equals("en") && !GENERATED_LANGUAGES.contains(lang)) {
        throw w.error("language '" + lang + "' is not supported", "use en, fr, es or de");
      }
      if (!countries.containsKey(c[1])) {
        throw w.error("country '" + c[1] + "' is not in the gazetteer",
            "use an alpha-2 code listed in countries.txt");
      }
      for (String v : values(c[2])) {
        Pending p = new Pending(lang.equals("en") ? null : lang, v, "name-" + lang, c[1], w.file(), w.line());
        (lang.equals("en") ? names : langNames).add(p);
      }
    }

    /**
     * {@code demonym} lines give adjective stems and get the language's endings; {@code nationals} lines give whole
     * nouns for a country's people ("Franzosen", "Briten"), whose forms no ending rule makes.
     */
    void langDemonym(Where w, String[] c, boolean stems) {
      columns(w, c, 3, stems ? "demonym | lang | CODE | stem; stem..." : "nationals | lang | CODE | noun; noun...");
      String lang = c[0];
      if (!GENERATED_LANGUAGES.contains(lang)) {
        throw w.error("language '" + lang + "' has no demonym endings", "use fr, es or de (English demonyms go in countries.txt)");
      }
      if (!countries.containsKey(c[1])) {
        throw w.error("country '" + c[1] + "' is not in the gazetteer", "use an alpha-2 code listed in countries.txt");
      }
      for (String stem : values(c[2])) {
        for (String form : stems ? endings(lang, stem) : List.of(stem)) {
          langNames.add(new Pending(lang, form, "demonym-" + lang, c[1], w.file(), w.line()));
        }
      }
    }

    /** The usual gender and number endings of an adjective of nationality. */
    static List<String> endings(String lang, String stem) {
      List<String> out = new ArrayList<>();
      out.add(stem);
      switch (lang) {
        case "fr" -> {
          if (stem.endsWith("e")) {
            out.add(stem + "s");
          } else if (stem.endsWith("s")) {
            out.add(stem + "e");
            out.add(stem + "es");
          } else if (stem.endsWith("en")) {
            out.add(stem + "s");
            out.add(stem + "ne");
            out.add(stem + "nes");
          } else {
            out.add(stem + "e");
            out.add(stem + "s");
            out.add(stem + "es");
          }
        }
        case "es" -> {
          if (stem.endsWith("o")) {
            String root = stem.substring(0, stem.length() - 1);
            out.add(root + "a");
            out.add(root + "os");
            out.add(root + "as");
          } else if (stem.endsWith("e")) {
            out.add(stem + "s");
          }
        }
        default -> {
          for (String e : List.of("e", "en", "er", "es", "em")) {
            out.add(stem + e);
          }
        }
      }
      return out;
    }

    void skip(Where w, String[] c) {
      columns(w, c, 2, "skip-generated | lang | name");
      skipGenerated.add(c[0] + "|" + fold(c[1]));
    }

    static String fold(String s) {
      return String.join(" ", TokenTrie.foldPhrase(s));
    }

    Gazetteer build() {
      Map<String, Alias> base = new LinkedHashMap<>();
      Map<String, Pending> origin = new HashMap<>();
      Set<String> personLikeKeys = new HashSet<>();
      Map<String, Alias> eitherByKey = new HashMap<>();
      for (String[] e : eithers) {
        List<String> codes = List.of(e[1].split(";"));
        Alias a = alias(Alias.Kind.EITHER, e[0], "gazetteer:either:" + e[0], null, codes);
        eitherByKey.put(a.key(), a);
        base.put("E|" + a.key(), a);
      }
      Map<String, String> targetByKey = new HashMap<>();
      for (Pending p : names) {
        boolean entity = p.kindLabel().equals("entity");
        String surface = p.surface().replaceFirst("^[?~]+", "");
        if (surface.isEmpty() || TokenTrie.foldPhrase(surface).isEmpty()) {
          throw new Where(p.file(), p.line(), p.surface()).error(
              "the name '" + p.surface() + "' has no letters or digits", "remove it or write the name");
        }
        String source = entity ? "gazetteer:" + p.target() : "gazetteer:" + p.target() + "/" + p.kindLabel() + ":" + surface;
        Alias a = alias(entity ? Alias.Kind.ENTITY : Alias.Kind.COUNTRY, p.surface(), source, p.target(), List.of());
        String key = a.key();
        if (!entity) {
          Alias either = eitherByKey.get(key);
          if (either != null) {
            if (!either.candidates().contains(p.target())) {
              throw new Where(p.file(), p.line(), p.surface()).error(
                  "the name '" + surface + "' of " + p.target() + " is declared shared by " + either.candidates(),
                  "add " + p.target() + " to that 'either' line, or remove the name");
            }
            continue;
          }
          String prev = targetByKey.putIfAbsent("C|" + key, p.target());
          if (prev != null && !prev.equals(p.target())) {
            Pending first = origin.get("C|" + key);
            throw new Where(p.file(), p.line(), p.surface()).error(
                "the name '" + surface + "' is given to both " + prev + " (" + first.file() + " line "
                    + first.line() + ") and " + p.target(),
                "keep it for one country, or declare it shared with 'either | " + surface + " | "
                    + prev + "; " + p.target() + "'");
          }
          origin.putIfAbsent("C|" + key, p);
        }
        if (a.personLike()) {
          personLikeKeys.add(key);
        }
        base.putIfAbsent((entity ? "N|" : "C|") + key + "|" + a.target() + "|" + new String(toChars(a.caseRule())), a);
      }
      for (Pending p : blocks) {
        Alias a = alias(Alias.Kind.BLOCK, p.surface(), "gazetteer:block:" + p.surface(), null, List.of());
        base.putIfAbsent("B|" + a.key(), a);
      }
      // A block shadows the person-like names inside it: "Michael Jordan" in an article means
      // the other bare "Jordan"s in it are the player too.
      List<Alias> baseList = new ArrayList<>();
      for (Alias a : base.values()) {
        if (a.kind() == Alias.Kind.BLOCK) {
          Set<String> sh = new HashSet<>();
          String k = " " + a.key() + " ";
          for (String pk : personLikeKeys) {
            if (k.contains(" " + pk + " ")) {
              sh.add(pk);
            }
          }
          a = new Alias(a.kind(), a.surface(), a.source(), a.target(), a.candidates(), false, false,
              a.caseRule(), a.folded(), Set.copyOf(sh));
        }
        baseList.add(a);
      }

      Map<String, TokenTrie<Alias>> tries = new HashMap<>();
      TokenTrie<Alias> en = new TokenTrie<>();
      baseList.forEach(a -> en.add(a.folded(), a));
      tries.put("en", en);
      Set<String> baseKeys = new HashSet<>();
      baseList.forEach(a -> baseKeys.add(a.key()));
      List<String> versionLines = new ArrayList<>();
      baseList.forEach(a -> versionLines.add("en|" + describe(a)));
      for (String lang : GENERATED_LANGUAGES) {
        TokenTrie<Alias> t = new TokenTrie<>();
        baseList.forEach(a -> t.add(a.folded(), a));
        Locale locale = Locale.forLanguageTag(lang);
        Set<String> seen = new HashSet<>();
        for (Country c : countries.values()) {
          String display = new Locale("", c.code()).getDisplayCountry(locale);
          for (String n : generatedForms(display)) {
            String key = fold(n);
            if (key.isEmpty() || baseKeys.contains(key) || skipGenerated.contains(lang + "|" + key)
                || !seen.add(key)) {
              continue;
            }
            Alias a = alias(Alias.Kind.COUNTRY, n, "gazetteer:" + c.code() + "/name-" + lang + ":" + n, c.code(), List.of());
            t.add(a.folded(), a);
            versionLines.add(lang + "|" + describe(a));
          }
        }
        for (Pending p : langNames) {
          if (!p.lang().equals(lang)) {
            continue;
          }
          // the kind stays in the source ("demonym-es", "name-fr"): rules tell demonyms from names by it
          Alias a = alias(Alias.Kind.COUNTRY, p.surface(),
              "gazetteer:" + p.target() + "/" + p.kindLabel() + ":" + p.surface(), p.target(), List.of());
          if (seen.add(a.key())) {
            t.add(a.folded(), a);
            versionLines.add(lang + "|" + describe(a));
          }
        }
        tries.put(lang, t);
      }
      Collections.sort(versionLines);
      for (Country c : countries.values()) {
        versionLines.add("country|" + c);
      }
      for (Entity e : entities.values()) {
        versionLines.add("entity|" + e);
      }
      for (Sense s : senses.values()) {
        boolean named = baseList.stream().anyMatch(a -> a.kind() == Alias.Kind.COUNTRY && a.key().equals(fold(s.name()))
            && s.code().equals(a.target()));
        if (!named) {
          throw senseLines.get(fold(s.name())).error("'" + s.name() + "' is not a name of " + s.code(),
              "give a name that countries.txt lists for " + s.code());
        }
        versionLines.add("sense|" + fold(s.name()) + "|" + s.code() + "|" + s.cueWords());
      }
      return new Gazetteer(
          Collections.unmodifiableMap(new LinkedHashMap<>(countries)),
          Collections.unmodifiableMap(new LinkedHashMap<>(entities)),
          Map.copyOf(tries),
          List.copyOf(baseList),
          Map.copyOf(senses),
          "gaz-" + sha256(String.join("\n", versionLines)).substring(0, 16));
    }

    static char[] toChars(byte[] b) {
      char[] c = new char[b.length];
      for (int i = 0; i < b.length; i++) {
        c[i] = (char) ('0' + b[i]);
      }
      return c;
    }

    static String describe(Alias a) {
      return a.kind() + "|" + a.key() + "|" + a.target() + "|" + a.candidates() + "|" + a.personLike()
          + "|" + a.weak() + "|" + new String(toChars(a.caseRule()));
    }

    /** "Myanmar (Birmanie)" gives "Myanmar" and "Birmanie"; names with "&" are left out. */
    static List<String> generatedForms(String display) {
      List<String> out = new ArrayList<>();
      if (display.contains("&") || display.contains("R.A.S.")) {
        return out;
      }
      int open = display.indexOf('(');
      int close = display.indexOf(')');
      if (open > 0 && close > open) {
        out.add(display.substring(0, open).strip());
        out.add(display.substring(open + 1, close).strip());
      } else {
        out.add(display.strip());
      }
      return out;
    }

    static Alias alias(Alias.Kind kind, String written, String source, String target, List<String> candidates) {
      boolean person = false;
      boolean weak = false;
      String s = written;
      while (!s.isEmpty() && (s.charAt(0) == '?' || s.charAt(0) == '~')) {
        if (s.charAt(0) == '?') {
          person = true;
        } else {
          weak = true;
        }
        s = s.substring(1);
      }
      List<String> folded = TokenTrie.foldPhrase(s);
      return new Alias(kind, s, source.replace(written, s), target, candidates, person, weak,
          Alias.caseRuleOf(s), List.copyOf(folded), Set.of());
    }
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
