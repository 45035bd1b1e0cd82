package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.cli.SchemasCommand;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SchemasCommandTest {
  private static int run(StringWriter out, String... args) {
    CommandLine command = new CommandLine(new SchemasCommand());
    command.setOut(new PrintWriter(out, true));
    return command.execute(args);
  }

  @Test
  void registerThenListShowsEverySubjectWithItsId() {
    try (EmbeddedSchemaRegistry registry = InMemorySchemaRegistry.start()) {
      StringWriter registered = new StringWriter();
      assertThat(run(registered, "register", "--schema-registry-url", registry.url(), "--event-topic", "sanctions-blocked"))
          .isEqualTo(0);
      assertThat(registered.toString()).contains("Registered 8 subject(s)").contains("news.topic.sanctions-blocked-value");
      StringWriter listed = new StringWriter();
      assertThat(run(listed, "list", "--schema-registry-url", registry.url())).isEqualTo(0);
      assertThat(listed.toString()).contains("8 subject(s)").containsPattern("news\\.articles\\.raw-value\\s+version 1\\s+id 1");
    }
  }
}
