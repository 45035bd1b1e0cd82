package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.cli.IngestCommand;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `wirewatch ingest file` on a real broker and registry: files → news.articles.raw → read back. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestEndToEndIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  @TempDir static Path dir;

  @BeforeAll
  static void topicsAndFiles() throws Exception {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 3);
    kafka.createTopic(TopicNames.INGEST_SEEN, 3, Map.of("cleanup.policy", "compact"));
    for (String f : List.of("wire/upi-2026-11-20-china-russia-block-north-korea-sanctions.txt",
        "wire/ap-2026-11-20-un-north-korea-sanctions-hold.txt",
        "wire/reuters-2026-11-20-north-korea-sanctions-un.txt", "articles.jsonl",
        "ninjs/yonhap-2026-11-21-seoul-regrets-un-sanctions-hold.json",
        "ninjs/anadolu-2026-11-22-israel-lebanon-truce-extended.json")) {
      Path to = dir.resolve(f);
      Files.createDirectories(to.getParent());
      try (InputStream in = TestArticles.fixture(f)) {
        Files.copy(in, to);
      }
    }
    Files.writeString(dir.resolve("broken.jsonl"), "{\"headline\":\"Only in broken\",\"body\":\"ok\"}\n{nope\n");
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new IngestCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] full = new String[args.length + 4];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--bootstrap-servers=" + kafka.bootstrapServers();
    full[args.length + 1] = "--schema-registry-url=" + kafka.schemaRegistryUrl();
    full[args.length + 2] = "--boilerplate=" + writeDefaultsInclude();
    full[args.length + 3] = dir.toString();
    int code = cl.execute(full);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private static String writeDefaultsInclude() {
    try {
      Path rules = dir.getParent().resolve("ingest-it-rules.txt");
      Files.writeString(rules, "include defaults\n");
      return rules.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @Order(1)
  void postsEveryValidArticleOnceAndReportsTheBadLine() throws Exception {
    String[] r = run("file");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("read 12, posted 11, unchanged 0, skipped 1 (malformed JSON: 1)");

    List<Article> articles = KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW);
    assertThat(articles).hasSize(11);
    assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates();
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.getRevision()).isEqualTo(1);
      assertThat(a.getContentHash()).isEqualTo(ArticleIdentity.contentHash(a.getHeadline(), a.getBody()));
    });
    assertThat(articles).extracting(Article::getId)
        .contains("urn:newsml:yna.example:20261121:AEN20261121000300315", "afp-20261120-0913");
    Set<String> sources = articles.stream().map(Article::getSource).collect(Collectors.toSet());
    assertThat(sources).contains("UPI", "AP", "Reuters", "AFP");

    // JSON Lines bodies go from the line's bytes to the Avro value without a String: on the
    // broker they read as the text a JSON tree of the same lines holds.
    List<String> expected = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        TestArticles.fixture("articles.jsonl"), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isBlank()) {
          expected.add(Text.paragraphs(JsonArticles.mapper().readTree(line).get("body").asText()));
        }
      }
    }
    assertThat(articles).filteredOn(a -> a.getFormat() == SourceFormat.JSON && a.getOrigin().contains("articles.jsonl"))
        .extracting(Article::getBody)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  @Order(2)
  void aSecondProcessRemembersWhatWasPostedAndPostsOnlyTheRevision() throws Exception {
    Path upi = dir.resolve("wire/upi-2026-11-20-china-russia-block-north-korea-sanctions.txt");
    Files.writeString(upi, Files.readString(upi).replace("fourth", "fifth"));

    String[] r = run("file");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("read 12, posted 1, unchanged 10, skipped 1");

    List<Article> articles = KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW);
    assertThat(articles).hasSize(12);
    Article revised = articles.stream().filter(a -> a.getRevision() == 2).findFirst().orElseThrow();
    assertThat(revised.getSource()).isEqualTo("UPI");
    assertThat(revised.getBody()).contains("fifth");
    assertThat(articles).filteredOn(a -> a.getId().equals(revised.getId())).hasSize(2);
  }

  @Test
  @Order(3)
  void dryRunPrintsAndPostsNothing() {
    String[] r = run("file", "--dry-run");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1].lines().filter(l -> l.contains("\trev "))).hasSize(11);
    assertThat(KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW)).hasSize(12);
  }
}
