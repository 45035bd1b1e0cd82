package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ArticleHandoffTest {
  private final MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
  private final ArticleProducer producer = TestProducers.over(mock, new RevisionMemory());

  private static RawArticle article(String id, String body, int n) {
    return RawArticle.builder().sourceId(id).headline("Headline " + n).body(body)
        .format(SourceFormat.JSON).origin("test:" + n).build();
  }

  @Test
  void postsEveryArticleInTheOrderGivenFromAnotherThread() {
    List<ArticleProducer.Result> results = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    // A small queue and a slow consumer of results: the parser has to wait, and close() must
    // still wait for every article.
    try (ArticleHandoff handoff = new ArticleHandoff("test", 4, producer, r -> {
      threads.add(Thread.currentThread());
      if (results.size() % 50 == 0) {
        LockSupport.parkNanos(1_000_000);
      }
      results.add(r);
    })) {
      for (int i = 0; i < 600; i++) {
        // three ids in turn, each changing every time: 200 revisions of each, interleaved
        handoff.accept(article("id-" + (i % 3), "Body " + i, i));
      }
    }
    producer.flush();
    assertThat(results).hasSize(600);
    List<Article> posted = TestProducers.articles(mock);
    assertThat(posted).hasSize(600);
    for (int i = 0; i < 600; i++) {
      assertThat(posted.get(i).getId()).isEqualTo("id-" + (i % 3));
      assertThat(posted.get(i).getBody()).isEqualTo("Body " + i);
      assertThat(posted.get(i).getRevision()).isEqualTo(i / 3 + 1);
      assertThat(results.get(i).revision()).isEqualTo(i / 3 + 1);
    }
    assertThat(threads).doesNotContain(Thread.currentThread());
  }

  @Test
  void articlesGoOverInBatchesAndTheLastPartialOneAtClose() {
    List<ArticleProducer.Result> results = Collections.synchronizedList(new ArrayList<>());
    int count = 2 * ArticleHandoff.BATCH + 13;
    try (ArticleHandoff handoff = new ArticleHandoff("test", ArticleHandoff.DEFAULT_CAPACITY, producer, results::add)) {
      for (int i = 0; i < count; i++) {
        handoff.accept(article("id-" + i, "Body " + i, i));
      }
    }
    producer.flush();
    assertThat(results).hasSize(count);
    List<Article> posted = TestProducers.articles(mock);
    assertThat(posted).extracting(Article::getId)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).mapToObj(i -> "id-" + i).toList());
  }

  @Test
  void aFailedArticleIsCountedAndNamedAndTheOthersAreStillPosted() {
    ArticleHandoff handoff = new ArticleHandoff("test", 8, producer, r -> {
      if (r.id().equals("id-3") || r.id().equals("id-7")) {
        throw new IllegalStateException("cannot count it");
      }
    });
    for (int i = 0; i < 10; i++) {
      handoff.accept(article("id-" + i, "Body", i));
    }
    assertThatThrownBy(handoff::close)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 failed")
        .hasMessageContaining("article id-3 (test:3)")
        .hasMessageContaining("cannot count it");
    assertThat(handoff.failures()).isEqualTo(2);
    producer.flush();
    assertThat(TestProducers.articles(mock)).hasSize(10);
  }

  @Test
  void refusesAnArticleWithoutBodyOnTheCallersThreadAndAnythingAfterClose() {
    ArticleHandoff handoff = new ArticleHandoff("test", 1, producer, r -> { });
    assertThatThrownBy(() -> handoff.accept(article("x", " ", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing or empty body");
    handoff.close();
    handoff.close(); // a second close is harmless
    assertThatThrownBy(() -> handoff.accept(article("x", "Body", 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(mock.history()).isEmpty();
  }
}
