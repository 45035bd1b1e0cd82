package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchTaggerCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(out, true));
    return cl.execute(args);
  }

  @Test
  void printsBothSidesTheRatioAndHowManyTaggingsWereChecked() {
    assertThat(run("bench", "tagger", "--rounds", "1", "--turn-ms", "20", "--size", "2KB")).isZero();
    assertThat(out.toString()).contains("A  bundled rules rules-").contains("B  bundled rules rules-")
        .containsPattern("A  median [0-9.]+ MB/s per CPU-second").containsPattern("ratio B/A, median of the rounds: [0-9.]+")
        .containsPattern("checked [0-9,]+ taggings");
  }

  @Test
  void anUnreadableRulesFileSaysWhatToGive() {
    assertThat(run("bench", "tagger", "--rules", "no-such-rules.yaml")).isNotZero();
    assertThat(err.toString()).contains("no-such-rules.yaml").contains("give the path of a rules.yaml file");
  }
}
