package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WebCommandTest {
  @Test
  void helpNamesTheHttpPortAndTheConnectionOptions() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new WebCommand()).setOut(new PrintWriter(out));
    assertThat(cmd.execute("--help")).isZero();
    assertThat(out.toString()).contains("--http-port").contains("default: 8080")
        .contains("--bootstrap-servers").contains("--schema-registry-url").contains("/api/stream");
  }

  @Test
  void parsesTheHttpPortAndConnectionOptions() {
    WebCommand web = new WebCommand();
    new CommandLine(web).parseArgs("--http-port", "9090", "--bootstrap-servers", "kafka:9092");
    assertThat(web.httpPort).isEqualTo(9090);
    assertThat(web.conn.bootstrapServers()).isEqualTo("kafka:9092");
  }

  @Test
  void rejectsAPortThatIsNotANumber() {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new WebCommand()).setErr(new PrintWriter(err));
    assertThat(cmd.execute("--http-port", "eighty")).isNotZero();
    assertThat(err.toString()).contains("--http-port").contains("eighty");
  }
}
