package io.wirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JMH benchmark refuses to time a tagger that does not find its articles' story. */
class TaggerBenchmarkSetupTest {

  @Test
  void theBundledRulesFindTheBenchmarkArticlesStory() {
    TaggerBenchmark bench = new TaggerBenchmark();
    bench.rules = "bundled";
    bench.setup();
    assertThat(bench.articles).hasSize(16);
  }

  @Test
  void rulesThatMissTheStoryStopTheBenchmarkWithWhatTheyFound(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, """
        version: 1
        topics:
          - {id: sanctions-blocked, name: Sanctions blocked}
        rules:
          - id: sanctions-blocked/veto
            topic: sanctions-blocked
            trigger: [veto]
            require:
              - {terms: [sanction], where: after, within: 6}
        """);
    TaggerBenchmark bench = new TaggerBenchmark();
    bench.rules = rules.toString();
    assertThatThrownBy(bench::setup).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bench-0").hasMessageContaining("not sanctions-blocked").hasMessageContaining("check the rules file");
  }
}
