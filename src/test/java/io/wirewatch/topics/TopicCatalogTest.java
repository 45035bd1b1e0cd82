package io.wirewatch.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicCatalogTest {

  private static List<TopicProblem> problems(String yaml) {
    try {
      TopicCatalog.parse("t.yaml", yaml);
    } catch (TopicCatalogException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in:\n" + yaml);
  }

  static List<Arguments> badFiles() {
    return List.of(
        Arguments.of("syntax", "topics:\n  - name: a\n   partitions: 2\n", 3, "YAML syntax error"),
        Arguments.of("not a mapping", "- a\n- b\n", 1, "must be a mapping"),
        Arguments.of("no topics", "defaults:\n  partitions: 2\n", 1, "missing 'topics'"),
        Arguments.of("topics not a list", "topics:\n  name: a\n", 2, "'topics' must be a list"),
        Arguments.of("unknown top key", "topic:\n  - name: a\n", 1, "unknown key 'topic'"),
        Arguments.of("unknown topic key", "topics:\n  - name: a\n    partition: 3\n", 3, "unknown key 'partition'"),
        Arguments.of("partitions not a number", "topics:\n  - name: a\n    partitions: six\n", 3,
            "partitions for topic a must be a whole number, got 'six'"),
        Arguments.of("zero partitions", "topics:\n  - name: a\n    partitions: 0\n", 3,
            "partitions for topic a must be >= 1"),
        Arguments.of("replication not a number", "topics:\n  - name: a\n    replicationFactor: [3]\n", 3,
            "replicationFactor for topic a must be a whole number"),
        Arguments.of("unknown config", "topics:\n  - name: a\n    configs:\n      retention.msec: 10\n", 4,
            "unknown topic config 'retention.msec'"),
        Arguments.of("bad config value", "topics:\n  - name: a\n    configs:\n      cleanup.policy: shred\n", 4,
            "invalid value 'shred' for cleanup.policy"),
        Arguments.of("bad config type", "topics:\n  - name: a\n    configs:\n      retention.ms: forever\n", 4,
            "invalid value 'forever' for retention.ms"),
        Arguments.of("duplicate", "topics:\n  - name: a\n  - name: b\n  - name: a\n", 4,
            "duplicate topic name 'a' (first declared on line 2)"),
        Arguments.of("min isr above replication",
            "topics:\n  - name: a\n    replicationFactor: 2\n    configs:\n      min.insync.replicas: 3\n", 5,
            "min.insync.replicas for topic a is 3, more than its replication factor 2"),
        Arguments.of("bad name", "topics:\n  - name: 'news articles'\n", 2, "invalid topic name 'news articles'"),
        Arguments.of("no name", "topics:\n  - partitions: 3\n", 2, "topic without a name"),
        Arguments.of("configs not a map", "topics:\n  - name: a\n    configs: compact\n", 3,
            "configs for topic a must be a mapping"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void shouldReportEachProblemWithItsLineAndFix(String label, String yaml, int line, String message) {
    List<TopicProblem> problems = problems(yaml);
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.message()).contains(message);
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.fix()).isNotBlank();
    });
  }

  @Test
  void shouldReportEveryProblemAtOnce() {
    String yaml = """
        topics:
          - name: a
            partitions: 0
          - name: b
            configs:
              cleanup.policy: shred
          - name: a
        """;
    List<TopicProblem> problems = problems(yaml);
    assertThat(problems).hasSize(3);
    assertThat(problems).extracting(TopicProblem::line).containsExactly(3, 6, 7);
  }

  @Test
  void shouldSuggestTheNearestKeyForATypo() {
    List<TopicProblem> problems = problems("topics:\n  - name: a\n    configs:\n      retention.msx: 5\n");
    assertThat(problems.get(0).fix()).contains("did you mean 'retention.ms'?");
  }

  @Test
  void shouldApplyDefaultsAndLetTopicsOverrideThem() {
    TopicCatalog c = TopicCatalog.parse("t.yaml", """
        defaults:
          partitions: 4
          replicationFactor: 3
          configs: {min.insync.replicas: 2, compression.type: producer}
        topics:
          - name: a
          - name: b
            partitions: 1
            configs: {cleanup.policy: compact}
        """);
    TopicSpec a = c.topic("a").orElseThrow();
    TopicSpec b = c.topic("b").orElseThrow();
    assertThat(a.partitions()).isEqualTo(4);
    assertThat(a.replicationFactor()).isEqualTo((short) 3);
    assertThat(a.configs()).containsEntry("min.insync.replicas", "2");
    assertThat(b.partitions()).isEqualTo(1);
    assertThat(b.configs()).containsEntry("cleanup.policy", "compact").containsEntry("min.insync.replicas", "2");
    assertThat(b.compacted()).isTrue();
  }

  @Test
  void singleNodeOverridesDropReplicationAndMinIsrToOne() {
    TopicCatalog c = TopicCatalog.loadBundled().withSingleNodeOverrides();
    assertThat(c.topics()).allSatisfy(t -> {
      assertThat(t.replicationFactor()).isEqualTo((short) 1);
      assertThat(t.configs().getOrDefault("min.insync.replicas", "1")).isEqualTo("1");
    });
  }

  @Test
  void bundledCatalogDeclaresEveryTopicOfTheArchitecture() {
    TopicCatalog c = TopicCatalog.loadBundled();
    assertThat(c.topics()).extracting(TopicSpec::name).contains(
        TopicNames.ARTICLES_RAW, TopicNames.ARTICLES_ENRICHED, TopicNames.STORIES, TopicNames.SURGES,
        TopicNames.SUBSCRIPTIONS, TopicNames.ALERTS, TopicNames.DLQ, TopicNames.ALERTS_DLQ,
        TopicNames.forEventTopic("sanctions-blocked"), TopicNames.forEventTopic("humanitarian-aid"));
    assertThat(c.topics().stream().filter(t -> t.name().startsWith(TopicNames.EVENT_TOPIC_PREFIX))).hasSize(18);
    TopicSpec raw = c.topic(TopicNames.ARTICLES_RAW).orElseThrow();
    assertThat(raw.configs()).containsEntry("retention.ms", "-1").containsEntry("retention.bytes", "-1");
    assertThat(raw.replicationFactor()).isEqualTo((short) 3);
    assertThat(raw.configs()).containsEntry("min.insync.replicas", "2");
    assertThat(c.topic(TopicNames.SUBSCRIPTIONS).orElseThrow().compacted()).isTrue();
    assertThat(c.topic(TopicNames.STORIES).orElseThrow().compacted()).isTrue();
  }

  @Test
  void missingFileSaysWhichPathAndWhatToDo() {
    assertThatThrownBy(() -> TopicCatalog.load(java.nio.file.Path.of("no/such/topics.yaml")))
        .hasMessageContaining("no/such/topics.yaml does not exist")
        .hasMessageContaining("--file");
  }
}
