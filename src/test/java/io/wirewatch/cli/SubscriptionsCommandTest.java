package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubscriptionsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void pauseResumeAndSnoozeAreSubcommandsThatExplainWhatHappensToAlerts() {
    assertThat(run("subscriptions", "--help")).isZero();
    assertThat(out.toString()).contains("pause").contains("resume").contains("snooze");
    assertThat(run("subscriptions", "pause", "--help")).isZero();
    assertThat(out.toString()).contains("dropped, not queued");
    assertThat(run("subscriptions", "snooze", "--help")).isZero();
    assertThat(out.toString()).contains("--until").contains("2h").contains("at most 90 days");
  }

  @Test
  void aBadSnoozeEndIsRefusedBeforeConnectingNamingTheValueAndTheForms() {
    // no broker listens on port 1: the answer comes from the check, not from a connection attempt
    int code = run("subscriptions", "snooze", "sub-1", "--until", "tomorrow", "--bootstrap-servers", "127.0.0.1:1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("snooze until \"tomorrow\" is neither an instant nor a duration")
        .contains("2026-12-05T18:00:00Z").contains("2h");
  }

  @Test
  void snoozeWithoutAnEndIsAUsageError() {
    assertThat(run("subscriptions", "snooze", "sub-1")).isNotZero();
    assertThat(err.toString()).contains("--until");
  }

  @Test
  void theAlertRoleTakesTheDashboardUrlItsAlertsLinkTo() {
    assertThat(run("alert", "--help")).isZero();
    assertThat(out.toString()).contains("--dashboard-url").contains("#/articles/<id>")
        .contains("http://localhost:8080/");
    int code = run("alert", "--dashboard-url", "localhost:8080", "--bootstrap-servers", "127.0.0.1:1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("dashboard URL \"localhost:8080\" is not an absolute http(s) URL");
  }
}
