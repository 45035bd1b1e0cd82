package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.cli.TagCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {
  @Test
  void tagsEachArticleAndSkipsBadLinesWithTheirNumber(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        "{\"id\":\"a1\",\"headline\":\"China, Russia block U.S. bid for more North Korea sanctions\",\"body\":\"\",\"lang\":\"en\",\"published\":\"2026-01-13T15:40:00Z\"}",
        "{not json",
        "{\"id\":\"\",\"headline\":\"x\"}",
        "{\"id\":\"a2\",\"headline\":\"Pyongyang fires missile\",\"published\":\"yesterday\"}",
        "",
        "{\"id\":\"a3\",\"headline\":\"Chad Smith plays drums\",\"body\":\"A concert review.\"}",
        "{\"id\":\"a4\",\"headline\":\"Archive copy\",\"published\":\"2022-01-21\"}",
        "{\"id\":\"a5\",\"headline\":\"Feed copy\",\"published\":\"Fri, 21 Jan 22 15:40:00 EST\"}"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new TagCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("--input", in.toString());

    assertThat(code).isEqualTo(1);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(4);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("id").asText()).isEqualTo("a1");
    assertThat(first.get("countries").findValuesAsText("code")).contains("CN", "RU", "US", "KP");
    JsonNode event = first.get("events").get(0);
    assertThat(event.get("topic").asText()).isEqualTo("sanctions-blocked");
    assertThat(event.get("actors").toString()).isEqualTo("[\"CN\",\"RU\"]");
    assertThat(event.get("targets").toString()).isEqualTo("[\"KP\"]");
    assertThat(event.get("confidence").asDouble()).isBetween(0.5, 1.0);
    assertThat(first.get("countries").get(0).has("evidence")).isTrue();
    assertThat(first.get("countries").get(0).has("primary")).isTrue();
    JsonNode third = json.readTree(lines[1]);
    assertThat(third.get("id").asText()).isEqualTo("a3");
    assertThat(third.get("countries")).isEmpty();

    assertThat(err.toString())
        .contains("line 2: not valid JSON")
        .contains("line 3: 'id' is missing or empty")
        .contains("line 4: 'published' of article a2 is 'yesterday', not a time Wirewatch can read")
        .contains("write it as RFC 3339")
        .contains("tagged 4 article(s), 1 with event topics; skipped 3 bad line(s)");
  }

  @Test
  void writesToOutputFileAndRefusesABadRuleFile(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"b1\",\"headline\":\"Poland expels two Russian diplomats\"}\n");
    Path outFile = dir.resolve("out.jsonl");
    CommandLine cl = new CommandLine(new TagCommand());
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("--input", in.toString(), "--output", outFile.toString())).isZero();
    assertThat(Files.readString(outFile)).contains("\"topic\":\"diplomat-expelled\"");

    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "topics: []\nrules:\n  - id: x/y\n    topic: nope\n    trigger: [a]\n");
    StringWriter err = new StringWriter();
    CommandLine bad = new CommandLine(new TagCommand());
    bad.setErr(new PrintWriter(err));
    assertThat(bad.execute("--input", in.toString(), "--rules", rules.toString())).isNotZero();
    assertThat(err.toString()).contains("line 4").contains("unknown topic 'nope'");
  }
}
