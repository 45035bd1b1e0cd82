package io.wirewatch.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.Progress;
import io.wirewatch.ingest.RevisionMemory;
import io.wirewatch.ingest.TestArticles;
import io.wirewatch.ingest.TestProducers;
import io.wirewatch.ingest.parse.Parsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestTest {

  private static void copy(String fixture, Path to) throws Exception {
    Files.createDirectories(to.getParent());
    try (InputStream in = TestArticles.fixture(fixture)) {
      Files.copy(in, to);
    }
  }

  @Test
  void ingestsAFolderOfMixedFormatsAndSkipsTheBadOnesWithReasons(@TempDir Path dir) throws Exception {
    copy("wire/upi-2026-11-20-china-russia-block-north-korea-sanctions.txt", dir.resolve("wire/upi.txt"));
    copy("wire/ap-2026-11-20-un-north-korea-sanctions-hold.txt", dir.resolve("wire/ap.txt"));
    copy("articles.jsonl", dir.resolve("a.jsonl"));
    copy("ninjs/yonhap-2026-11-21-seoul-regrets-un-sanctions-hold.json", dir.resolve("ninjs/y.json"));
    Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, 3, 4, 0, 0, 7});
    Files.writeString(dir.resolve("notes.docx"), "not ours");
    Files.writeString(dir.resolve("broken.ndjson"), "{\"headline\":\"ok\",\"body\":\"fine\"}\n{oops\n");
    Files.writeString(dir.resolve(".hidden.jsonl"), "{oops");
    Files.writeString(dir.resolve("partial.jsonl.part"), "{oops");

    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    IngestStats stats = new FileIngest(Parsers.defaults(), TestProducers.over(mock, new RevisionMemory()), new IngestStats())
        .ingest(List.of(dir, dir.resolve("missing.txt")), Progress.silent());

    assertThat(TestProducers.articles(mock)).hasSize(2 + 5 + 1 + 1);
    assertThat(stats.postedCount()).isEqualTo(9);
    assertThat(stats.skippedByReason()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "binary content", 1L, "unsupported file type", 1L, "malformed JSON", 1L, "unreadable file", 1L));
    assertThat(stats.summary()).startsWith("read 11, posted 9, unchanged 0, skipped 4 (binary content: 1, "
        + "malformed JSON: 1, unreadable file: 1, unsupported file type: 1)");
  }

  @Test
  void secondRunOverTheSameFilesPostsNothing(@TempDir Path dir) throws Exception {
    copy("articles.jsonl", dir.resolve("a.jsonl"));
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    RevisionMemory memory = new RevisionMemory();
    new FileIngest(Parsers.defaults(), TestProducers.over(mock, memory), new IngestStats()).ingest(List.of(dir), Progress.silent());
    IngestStats second = new FileIngest(Parsers.defaults(), TestProducers.over(mock, memory), new IngestStats())
        .ingest(List.of(dir), Progress.silent());
    assertThat(second.unchangedCount()).isEqualTo(5);
    assertThat(second.postedCount()).isZero();
    assertThat(TestProducers.articles(mock)).hasSize(5);
  }

  @Test
  void watchPicksUpFilesAsTheyArrive(@TempDir Path dir) throws Exception {
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    FileIngest ingest = new FileIngest(Parsers.defaults(), TestProducers.over(mock, new RevisionMemory()), new IngestStats());
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService exec = Executors.newSingleThreadExecutor();
    try {
      Future<?> watching = exec.submit(() -> {
        ingest.watch(List.of(dir), Duration.ofMillis(200), stop::get);
        return null;
      });
      // Give the watch service time to register before the first file lands.
      await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
      copy("wire/ap-2026-11-20-un-north-korea-sanctions-hold.txt", dir.resolve("in/ap.txt"));
      Files.writeString(dir.resolve("late.jsonl"), "{\"headline\":\"Late\",\"body\":\"Arrived later.\"}\n");
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          assertThat(TestProducers.articles(mock)).extracting(a -> a.getHeadline())
              .containsExactlyInAnyOrder("China and Russia stall US push to sanction North Koreans at UN", "Late"));
      stop.set(true);
      watching.get(10, TimeUnit.SECONDS);
    } finally {
      stop.set(true);
      exec.shutdownNow();
    }
  }
}
