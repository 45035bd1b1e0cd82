package io.wirewatch.topics;

import io.wirewatch.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.storage.internals.log.LogConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The topic catalogue, {@code topics.yaml}: parsed and validated offline. Every problem is
 * collected with its line and a fix, then reported at once.
 *
 * <pre>
 * defaults:            # optional, applied to every topic that does not say otherwise
 *   partitions: 6
 *   replicationFactor: 3
 *   configs: {min.insync.replicas: 2}
 * topics:
 *   - name: news.articles.raw
 *     description: Avro Article, key = article id
 *     partitions: 6
 *     configs: {retention.ms: -1}
 * </pre>
 */
public final class TopicCatalog {
  /** The catalogue bundled in the jar (a copy of the repository's top-level topics.yaml). */
  public static final String BUNDLED_RESOURCE = "/topics.yaml";

  private static final Set<String> TOP_KEYS = Set.of("defaults", "topics");
  private static final Set<String> DEFAULT_KEYS = Set.of("partitions", "replicationFactor", "configs");
  private static final Set<String> TOPIC_KEYS =
      Set.of("name", "description", "partitions", "replicationFactor", "configs");

  private final String source;
  private final List<TopicSpec> topics;

  private TopicCatalog(String source, List<TopicSpec> topics) {
    this.source = source;
    this.topics = List.copyOf(topics);
  }

  /** Where the catalogue was read from (a path or "bundled topics.yaml"). */
  public String source() {
    return source;
  }

  public List<TopicSpec> topics() {
    return topics;
  }

  public Optional<TopicSpec> topic(String name) {
    return topics.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** A copy with replication 1 and min ISR 1 for every topic: for a one-broker cluster. */
  public TopicCatalog withSingleNodeOverrides() {
    return new TopicCatalog(source,
        topics.stream().map(t -> t.withReplication((short) 1, 1)).toList());
  }

  /** Reads {@code file}, or the bundled catalogue when {@code file} is null. */
  public static TopicCatalog load(Path file) {
    if (file == null) {
      return loadBundled();
    }
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UserException("topics file " + file + " does not exist: check the --file path");
    } catch (IOException e) {
      throw new UserException("cannot read topics file " + file + ": " + e.getMessage(), e);
    }
  }

  public static TopicCatalog loadBundled() {
    try (InputStream in = TopicCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no bundled topics.yaml: rebuild it with mvn package");
      }
      return parse("bundled topics.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled topics.yaml", e);
    }
  }

  /**
   * Parses and validates a catalogue.
   *
   * @throws TopicCatalogException listing every problem found, each with its line and fix
   */
  public static TopicCatalog parse(String source, String yaml) {
    List<TopicProblem> problems = new ArrayList<>();
    Node root;
    try (Reader r = new StringReader(yaml)) {
      LoaderOptions opts = new LoaderOptions();
      opts.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
      root = new Yaml(opts).compose(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new TopicProblem(line, "YAML syntax error: " + e.getProblem(),
          "fix the YAML syntax (indentation, colons, quotes) near this line"));
      throw new TopicCatalogException(source, problems);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (!(root instanceof MappingNode top)) {
      problems.add(new TopicProblem(root == null ? 1 : line(root),
          "the file must be a mapping with a 'topics' list", "start the file with 'topics:' followed by a list of topics"));
      throw new TopicCatalogException(source, problems);
    }
    Map<String, Node> topFields = fields(top, TOP_KEYS, "top level", problems);

    Defaults defaults = new Defaults(1, (short) 1, Map.of());
    Node defNode = topFields.get("defaults");
    if (defNode != null) {
      defaults = parseDefaults(defNode, problems);
    }
    Node topicsNode = topFields.get("topics");
    List<TopicSpec> specs = new ArrayList<>();
    if (topicsNode == null) {
      problems.add(new TopicProblem(line(top), "missing 'topics'", "add a 'topics:' list of topics"));
    } else if (!(topicsNode instanceof SequenceNode seq)) {
      problems.add(new TopicProblem(line(topicsNode), "'topics' must be a list",
          "write each topic as a list item starting with '- name: ...'"));
    } else {
      Map<String, Integer> seen = new HashMap<>();
      for (Node item : seq.getValue()) {
        TopicSpec spec = parseTopic(item, defaults, problems);
        if (spec == null) {
          continue;
        }
        Integer first = seen.putIfAbsent(spec.name(), spec.line());
        if (first != null) {
          problems.add(new TopicProblem(spec.line(), "duplicate topic name '" + spec.name()
              + "' (first declared on line " + first + ")", "remove or rename one of the two entries"));
          continue;
        }
        specs.add(spec);
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(TopicProblem::line));
      throw new TopicCatalogException(source, problems);
    }
    return new TopicCatalog(source, specs);
  }

  private record Defaults(int partitions, short replicationFactor, Map<String, String> configs) {}

  private static Defaults parseDefaults(Node node, List<TopicProblem> problems) {
    if (!(node instanceof MappingNode map)) {
      problems.add(new TopicProblem(line(node), "'defaults' must be a mapping",
          "write 'defaults:' with partitions, replicationFactor and configs below it"));
      return new Defaults(1, (short) 1, Map.of());
    }
    Map<String, Node> f = fields(map, DEFAULT_KEYS, "defaults", problems);
    int partitions = intField(f, "partitions", 1, "defaults", problems);
    int rf = intField(f, "replicationFactor", 1, "defaults", problems);
    Map<String, String> configs = configs(f.get("configs"), "defaults", problems);
    return new Defaults(partitions, (short) rf, configs);
  }

  private static TopicSpec parseTopic(Node item, Defaults defaults, List<TopicProblem> problems) {
    if (!(item instanceof MappingNode map)) {
      problems.add(new TopicProblem(line(item), "a topic must be a mapping with at least 'name'",
          "write the topic as '- name: my.topic' with its settings indented below"));
      return null;
    }
    int startProblems = problems.size();
    Map<String, Node> f = fields(map, TOPIC_KEYS, "topic", problems);
    Node nameNode = f.get("name");
    String name = nameNode instanceof ScalarNode s ? s.getValue() : null;
    if (name == null || name.isBlank()) {
      problems.add(new TopicProblem(line(map), "topic without a name", "add 'name: <topic name>'"));
      return null;
    }
    String where = "topic " + name;
    try {
      Topic.validate(name);
    } catch (InvalidTopicException e) {
      problems.add(new TopicProblem(line(nameNode), "invalid topic name '" + name + "': " + e.getMessage(),
          "use only ASCII letters, digits, '.', '_' and '-', at most 249 characters"));
    }
    int partitions = intField(f, "partitions", defaults.partitions(), where, problems);
    int rf = intField(f, "replicationFactor", defaults.replicationFactor(), where, problems);
    Map<String, String> configs = new LinkedHashMap<>(defaults.configs());
    configs.putAll(configs(f.get("configs"), where, problems));
    String minIsr = configs.get("min.insync.replicas");
    if (minIsr != null && rf >= 1) {
      try {
        int isr = Integer.parseInt(minIsr.trim());
        if (isr > rf) {
          Node at = f.containsKey("configs") ? f.get("configs") : map;
          problems.add(new TopicProblem(line(at), "min.insync.replicas for topic " + name + " is " + isr
              + ", more than its replication factor " + rf + ": no write with acks=all could ever succeed",
              "set min.insync.replicas to at most " + rf + " (replication factor - 1 is usual)"));
        }
      } catch (NumberFormatException ignored) {
        // reported by the config value check
      }
    }
    Node desc = f.get("description");
    String description = desc instanceof ScalarNode s ? s.getValue() : "";
    if (problems.size() > startProblems) {
      return new TopicSpec(name, Math.max(partitions, 1), (short) Math.max(rf, 1), configs, description, line(map));
    }
    return new TopicSpec(name, partitions, (short) rf, configs, description, line(map));
  }

  private static Map<String, Node> fields(MappingNode map, Set<String> allowed, String where,
      List<TopicProblem> problems) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.add(new TopicProblem(line(t.getKeyNode()), "a key in " + where + " is not a plain name",
            "use a plain key such as " + String.join(", ", allowed)));
        continue;
      }
      String key = k.getValue();
      if (!allowed.contains(key)) {
        problems.add(new TopicProblem(line(k), "unknown key '" + key + "' in " + where,
            suggestion(key, allowed).map(s -> "did you mean '" + s + "'?").orElse(
                "allowed keys: " + allowed.stream().sorted().collect(Collectors.joining(", ")))));
        continue;
      }
      if (out.containsKey(key)) {
        problems.add(new TopicProblem(line(k), "key '" + key + "' appears twice in " + where,
            "keep one of them"));
        continue;
      }
      out.put(key, t.getValueNode());
    }
    return out;
  }

  private static int intField(Map<String, Node> f, String key, int dflt, String where,
      List<TopicProblem> problems) {
    Node n = f.get(key);
    if (n == null) {
      return dflt;
    }
    if (!(n instanceof ScalarNode s) || !Tag.INT.equals(s.getTag())) {
      String shown = n instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a " + n.getNodeId();
      problems.add(new TopicProblem(line(n), key + " for " + where + " must be a whole number, got " + shown,
          "write a number such as " + key + ": " + dflt));
      return dflt;
    }
    int value;
    try {
      value = Integer.parseInt(s.getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      problems.add(new TopicProblem(line(n), key + " for " + where + " is out of range: " + s.getValue(),
          "use a number between 1 and " + (key.equals("partitions") ? "10000" : "32767")));
      return dflt;
    }
    int max = key.equals("replicationFactor") ? Short.MAX_VALUE : 10_000;
    if (value < 1 || value > max) {
      problems.add(new TopicProblem(line(n), key + " for " + where + " must be >= 1 and <= " + max + ", got " + value,
          "set " + key + " to at least 1"));
      return dflt;
    }
    return value;
  }

  private static Map<String, String> configs(Node node, String where, List<TopicProblem> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof MappingNode map)) {
      problems.add(new TopicProblem(line(node), "configs for " + where + " must be a mapping of Kafka topic configs",
          "write e.g. 'configs: {cleanup.policy: compact}'"));
      return out;
    }
    Map<String, ConfigDef.ConfigKey> known = LogConfig.configKeys();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        continue;
      }
      String key = k.getValue();
      Node v = t.getValueNode();
      if (!(v instanceof ScalarNode vs)) {
        problems.add(new TopicProblem(line(v), "config " + key + " for " + where + " must be a single value",
            "write the value on the same line, e.g. " + key + ": <value>"));
        continue;
      }
      String value = vs.getValue();
      ConfigDef.ConfigKey def = known.get(key);
      if (def == null || key.startsWith("internal.")) {
        problems.add(new TopicProblem(line(k), "unknown topic config '" + key + "' for " + where,
            suggestion(key, LogConfig.nonInternalConfigNames()).map(s -> "did you mean '" + s + "'?")
                .orElse("use a Kafka topic config name, such as retention.ms or cleanup.policy")));
        continue;
      }
      try {
        Object parsed = ConfigDef.parseType(key, value, def.type);
        if (def.validator != null) {
          def.validator.ensureValid(key, parsed);
        }
      } catch (ConfigException e) {
        String allowedValues = def.validator == null ? "a " + def.type.name().toLowerCase() : def.validator.toString();
        problems.add(new TopicProblem(line(v), "invalid value '" + value + "' for " + key + " on " + where
            + ": Kafka would reject it (" + e.getMessage() + ")", "use " + allowedValues));
        continue;
      }
      if (out.containsKey(key)) {
        problems.add(new TopicProblem(line(k), "config " + key + " appears twice for " + where, "keep one of them"));
        continue;
      }
      out.put(key, value);
    }
    return out;
  }

  /** The closest allowed name within edit distance 3, for "did you mean" hints. */
  static Optional<String> suggestion(String given, java.util.Collection<String> allowed) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = editDistance(given.toLowerCase(), a.toLowerCase());
      if (d < bestDist) {
        bestDist = d;
        best = a;
      }
    }
    return bestDist <= Math.max(2, given.length() / 4) ? Optional.ofNullable(best) : Optional.empty();
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static int line(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
  }
}
