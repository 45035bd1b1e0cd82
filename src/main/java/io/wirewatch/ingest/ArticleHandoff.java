package io.wirewatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits parsed articles to an {@link ArticleProducer} on a thread of its own, so that parsing
 * the next lines overlaps with serialising and sending the previous ones: one thread doing all of
 * it was the ceiling of file ingest on two cores. The caller's thread also does the producer's
 * {@link ArticleProducer#prepare} step (id and content hash), which balances the two threads.
 *
 * <p>One submitting thread takes the articles in the order they were given: order, and so the
 * order of revisions of one id, is kept. Articles go over in batches of up to {@value #BATCH};
 * the queue is bounded (about {@code capacity} articles): the parser waits when the submitter is
 * that far behind, so memory stays bounded on a file of any size. The last, partial batch goes
 * over at {@link #close()}, which a caller does at the end of each file.
 *
 * <p>An error in submitting one article (or in {@code onResult}) does not stop the others: it is
 * logged with the article's id and origin and counted ({@link #failures()}), and {@link #close()}
 * then throws with the first one, so no error is swallowed. {@link #close()} returns only when
 * every accepted article has been submitted. Not for use by several parsing threads at once.
 */
public final class ArticleHandoff implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ArticleHandoff.class);

  /** Enough to ride out a slow send without holding more than a few MB of 5 KB articles. */
  public static final int DEFAULT_CAPACITY = 256;

  /**
   * Articles handed over at once. One at a time, the submitting thread, often faster than the
   * parser, emptied the queue and went to sleep after nearly every article, and each one then
   * cost both threads a wake-up through the kernel.
   */
  static final int BATCH = 32;

  // Marks the end of input in the queue; never handled.
  private static final List<ArticleProducer.Prepared> END = List.of();

  private final BlockingQueue<List<ArticleProducer.Prepared>> queue;
  private final int batchSize;
  private List<ArticleProducer.Prepared> batch;
  private final ArticleProducer producer;
  private final Consumer<ArticleProducer.Result> onResult;
  private final Thread worker;
  private final LongAdder failures = new LongAdder();
  private final AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
  private boolean closed;

  /**
   * @param onResult called on the submitting thread with each article's result, in order
   */
  public ArticleHandoff(String name, int capacity, ArticleProducer producer,
      Consumer<ArticleProducer.Result> onResult) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.batchSize = Math.max(1, Math.min(BATCH, capacity / 2));
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity / batchSize));
    this.batch = new ArrayList<>(batchSize);
    this.producer = producer;
    this.onResult = onResult;
    this.worker = new Thread(this::work, name);
    worker.setDaemon(true);
    // An Error (out of memory...) ends the thread: remembered, so that the parser stops waiting
    // for it and close() reports it.
    worker.setUncaughtExceptionHandler((t, e) -> firstFailure.compareAndSet(null,
        new IllegalStateException("thread " + t.getName() + " died: " + e, e)));
    worker.start();
  }

  /**
   * Prepares one article here and queues it for submission; waits while the queue is full.
   *
   * @throws IllegalArgumentException when the article has no headline or body, as {@link
   *     ArticleProducer#submit(RawArticle)} does
   */
  public void accept(RawArticle article) {
    if (closed) {
      throw new IllegalStateException("article handoff is closed; cannot take " + article.origin());
    }
    batch.add(producer.prepare(article));
    if (batch.size() >= batchSize) {
      put(batch);
      batch = new ArrayList<>(batchSize);
    }
  }

  /** Articles whose submission threw, so far. */
  public long failures() {
    return failures.sum();
  }

  /**
   * Waits until every accepted article has been submitted and stops the submitting thread.
   *
   * @throws IllegalStateException naming the first failed article when any submission threw
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (!batch.isEmpty()) {
        put(batch);
      }
      put(END);
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the last articles were handed on", e);
      }
    }
    RuntimeException first = firstFailure.get();
    if (first != null) {
      throw new IllegalStateException("could not submit every article (" + failures() + " failed): "
          + first.getMessage(), first);
    }
  }

  private void put(List<ArticleProducer.Prepared> articles) {
    try {
      while (!queue.offer(articles, 100, TimeUnit.MILLISECONDS)) {
        if (!worker.isAlive()) {
          throw new IllegalStateException("article handoff thread " + worker.getName() + " is not running",
              firstFailure.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing on " + articles.size() + " articles"
          + (articles.isEmpty() ? "" : ", the first " + articles.get(0).id()), e);
    }
  }

  private void work() {
    while (true) {
      List<ArticleProducer.Prepared> articles;
      try {
        articles = queue.take();
      } catch (InterruptedException e) {
        // Only close() ends this thread, after the last article: nothing is dropped.
        continue;
      }
      if (articles == END) {
        return;
      }
      for (ArticleProducer.Prepared article : articles) {
        submit(article);
      }
    }
  }

  private void submit(ArticleProducer.Prepared article) {
    try {
      onResult.accept(producer.submit(article));
    } catch (RuntimeException e) {
      String origin = article.raw().origin();
      failures.increment();
      firstFailure.compareAndSet(null, new IllegalStateException(
          "article " + article.id() + " (" + origin + "): " + e.getMessage(), e));
      log.error("could not submit article {} ({}): {}", article.id(), origin, e.toString());
    }
  }
}
