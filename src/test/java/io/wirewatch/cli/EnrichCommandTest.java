package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnrichCommandTest {
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  @Test
  void reprocessOptionsWithoutReprocessAreRefusedWithTheFix() {
    assertThat(run("enrich", "--output-topic", "news.articles.enriched.v2")).isEqualTo(2);
    assertThat(err.toString()).contains("--from, --output-topic and --hand-over go with --reprocess");
  }

  @Test
  void reprocessWithoutFromOrOutputTopicSaysWhatItNeeds() {
    assertThat(run("enrich", "--reprocess", "--from", "-7d")).isEqualTo(2);
    assertThat(err.toString()).contains("--reprocess needs --from and --output-topic");
  }

  @Test
  void anUnreadableFromNamesTheFormatsItTakes() {
    assertThat(run("enrich", "--reprocess", "--from", "last tuesday", "--output-topic", "x.v2")).isEqualTo(2);
    assertThat(err.toString()).contains("last tuesday").contains("-7d");
  }

  @Test
  void anUnreachableClusterIsOneLineWithAdvice() {
    assertThat(run("enrich", "--bootstrap-servers", "127.0.0.1:1", "--connect-timeout", "PT2S", "--reprocess",
        "--from", "-1d", "--output-topic", "x.v2")).isEqualTo(2);
    assertThat(err.toString()).contains("couldn't connect to Kafka at 127.0.0.1:1 within 2 s")
        .contains("--connect-timeout").contains("wirewatch dev");
  }
}
