package io.wirewatch.ingest.parse;

import io.wirewatch.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Configurable rules that remove the lines wire pages carry around an article (photo credits,
 * related-story links, footers) and pick out bylines. Rules match whole lines only: the body text
 * itself is never rewritten. Immutable and thread-safe.
 *
 * <p>The default rules live in the resource {@code ingest/boilerplate.txt}, which documents the
 * file format; {@link #load(Path)} reads a user file that replaces (or, with {@code include
 * defaults}, extends) them.
 */
public final class Boilerplate {
  /** What a matching rule does with its line. */
  public enum Action { DROP, CUT, BYLINE }

  /** One rule. */
  public record Rule(Action action, Pattern pattern, String where) {}

  /** The lines that remain, and the byline found, if any. */
  public record Result(List<String> lines, String byline) {}

  private static final String DEFAULTS = "ingest/boilerplate.txt";
  private static volatile Boilerplate defaults;

  private final List<Rule> rules;

  public Boilerplate(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The bundled default rules. */
  public static Boilerplate defaults() {
    Boilerplate d = defaults;
    if (d == null) {
      try (InputStream in = Boilerplate.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
        if (in == null) {
          throw new IllegalStateException("resource " + DEFAULTS + " is missing from the jar");
        }
        d = new Boilerplate(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaults = d;
    }
    return d;
  }

  /** Rules from a user file; every bad line is reported at once, with its line number and fix. */
  public static Boilerplate load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException("cannot read boilerplate rules " + file + " (" + e.getMessage()
          + "): check the --boilerplate path");
    }
    return new Boilerplate(parse(text, file.toString(), defaults()));
  }

  static List<Rule> parse(String text, String name, Boilerplate includable) {
    List<Rule> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String where = name + " line " + (i + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.equals("include defaults")) {
        if (includable == null) {
          errors.add(where + ": 'include defaults' is only allowed in a user file");
        } else {
          out.addAll(includable.rules);
        }
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      Action action;
      try {
        action = Action.valueOf(parts[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(where + ": action '" + parts[0] + "' must be one of drop, cut, byline");
        continue;
      }
      if (parts.length < 2) {
        errors.add(where + ": '" + parts[0] + "' needs a regular expression after it");
        continue;
      }
      try {
        Pattern p = Pattern.compile(parts[1]);
        if (action == Action.BYLINE && p.matcher("").groupCount() < 1) {
          errors.add(where + ": a byline rule needs a capture group (...) around the name");
          continue;
        }
        out.add(new Rule(action, p, where));
      } catch (PatternSyntaxException e) {
        errors.add(where + ": '" + parts[1] + "' is not a valid regular expression ("
            + e.getDescription() + "); fix or quote it");
      }
    }
    if (!errors.isEmpty()) {
      throw new UserException("boilerplate rules have " + errors.size() + " problem(s):\n  "
          + String.join("\n  ", errors));
    }
    return out;
  }

  /** Applies the rules to the lines of one article (headline already removed). */
  public Result apply(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.size());
    String byline = null;
    outer:
    for (String raw : lines) {
      String line = raw.strip();
      if (!line.isEmpty()) {
        for (Rule r : rules) {
          var m = r.pattern.matcher(line);
          if (!m.matches()) {
            continue;
          }
          switch (r.action) {
            case DROP -> {
              continue outer;
            }
            case CUT -> {
              break outer;
            }
            case BYLINE -> {
              if (byline == null && m.group(1) != null) {
                byline = m.group(1).strip();
              }
              continue outer;
            }
          }
        }
      }
      kept.add(raw);
    }
    return new Result(kept, byline);
  }
}
