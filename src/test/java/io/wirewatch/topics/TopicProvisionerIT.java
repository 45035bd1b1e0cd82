package io.wirewatch.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.cli.Main;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.Records;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TopicProvisionerIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  private static TopicCatalog catalog(String yaml) {
    return TopicCatalog.parse("test.yaml", yaml);
  }

  private static TopicDescription describe(Admin admin, String topic) throws Exception {
    return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
  }

  private static String config(Admin admin, String topic, String key) throws Exception {
    ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(r)).all().get(10, TimeUnit.SECONDS).get(r).get(key).value();
  }

  @Test
  void applyIsIdempotentAndASecondRunHasNothingToDo() throws Exception {
    TopicCatalog c = TopicCatalog.loadBundled().withSingleNodeOverrides();
    try (Admin admin = kafka.admin()) {
      TopicProvisioner p = new TopicProvisioner(admin);
      java.util.Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      long missing = c.topics().stream().filter(t -> !existing.contains(t.name())).count();
      TopicProvisioner.Plan first = p.plan(c);
      assertThat(missing).isGreaterThan(0);
      assertThat(first.count(TopicProvisioner.Action.CREATE)).isEqualTo(missing);
      p.apply(first);
      TopicProvisioner.Plan second = p.plan(c);
      assertThat(second.nothingToDo()).isTrue();
      assertThat(second.summary()).startsWith("Nothing to do");
    }
  }

  @Test
  void partitionsGrowAndConfigsAreAltered() throws Exception {
    try (Admin admin = kafka.admin()) {
      TopicProvisioner p = new TopicProvisioner(admin);
      p.apply(p.plan(catalog("topics:\n  - name: grow.me\n    partitions: 2\n    configs: {retention.ms: 1000000}\n")));
      TopicProvisioner.Plan plan = p.plan(catalog(
          "topics:\n  - name: grow.me\n    partitions: 5\n    configs: {retention.ms: 2000000}\n"));
      assertThat(plan.changes()).singleElement().satisfies(ch -> {
        assertThat(ch.action()).isEqualTo(TopicProvisioner.Action.ALTER);
        assertThat(ch.details()).contains("partitions 2 → 5", "retention.ms 1000000 → 2000000");
      });
      p.apply(plan);
      assertThat(describe(admin, "grow.me").partitions()).hasSize(5);
      assertThat(config(admin, "grow.me", "retention.ms")).isEqualTo("2000000");
    }
  }

  @Test
  void shrinkingIsRefusedAndNothingChanges() throws Exception {
    try (Admin admin = kafka.admin()) {
      TopicProvisioner p = new TopicProvisioner(admin);
      p.apply(p.plan(catalog("topics:\n  - name: shrink.me\n    partitions: 4\n  - name: other\n    partitions: 1\n")));
      TopicCatalog shrink = catalog(
          "topics:\n  - name: shrink.me\n    partitions: 2\n  - name: other\n    partitions: 3\n  - name: brand.new\n");
      assertThatThrownBy(() -> p.plan(shrink))
          .isInstanceOf(UserException.class)
          .hasMessageContaining("nothing was changed")
          .hasMessageContaining("shrink.me has 4 partitions and topics.yaml asks for 2");
      assertThat(describe(admin, "shrink.me").partitions()).hasSize(4);
      assertThat(describe(admin, "other").partitions()).hasSize(1);
      assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).doesNotContain("brand.new");
    }
  }

  @Test
  void changingTheCleanupPolicyOfATopicWithDataIsRefused() throws Exception {
    try (Admin admin = kafka.admin()) {
      TopicProvisioner p = new TopicProvisioner(admin);
      p.apply(p.plan(catalog("topics:\n  - name: history\n    configs: {cleanup.policy: delete}\n")));
      Records.produceStrings(kafka.bootstrapServers(), "history", Map.of("k", "v"));
      assertThatThrownBy(() -> p.plan(catalog("topics:\n  - name: history\n    configs: {cleanup.policy: compact}\n")))
          .hasMessageContaining("history holds data")
          .hasMessageContaining("cleanup.policy");
      assertThat(config(admin, "history", "cleanup.policy")).isEqualTo("delete");
    }
  }

  @Test
  void theCliPrintsThePlanAndDryRunChangesNothing() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    java.nio.file.Path file = java.nio.file.Files.createTempFile("topics", ".yaml");
    java.nio.file.Files.writeString(file, "topics:\n  - name: cli.dry\n    partitions: 2\n");
    int code = cl.execute("topics", "apply", "--file", file.toString(), "--single-node", "--dry-run",
        "--bootstrap-servers", kafka.bootstrapServers());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("create", "cli.dry", "Plan: 1 to create", "Dry run: nothing was changed.");
    try (Admin admin = kafka.admin()) {
      assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).doesNotContain("cli.dry");
    }
  }
}
