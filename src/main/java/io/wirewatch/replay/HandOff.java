package io.wirewatch.replay;

import io.wirewatch.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Hands records from one thread to the next stage of a replay, which runs on a thread of its own,
 * in batches through a small bounded queue: stages chained this way (fetch, decode, filter and
 * write) run on all cores at once. One queue and one thread per stage keep the order in which
 * records were handed over; at most {@code depth} full batches wait, so memory stays bounded
 * whatever the range.
 *
 * <p>A failure of the stage stops the handing thread at its next record, as a {@link Stopped}
 * naming the stage and the record it failed on. A {@link UserException} is passed on unchanged (it
 * already tells the user what to do), and so is a {@code Stopped} from a hand-off further down
 * (it already says where). {@link #finish} waits until the stage has taken every record handed
 * over. {@link #close} without {@code finish} (the read failed) drops what is still queued and
 * waits for the stage's thread to stop.
 *
 * <p>{@link #accept}, {@link #finish} and {@link #close} belong to the handing thread; the
 * downstream visitor runs on the stage's thread only. Whatever it counts can be read once
 * {@code finish} has returned.
 */
final class HandOff<T> implements HistoryReader.RecordVisitor<T>, AutoCloseable {
  private static final long WAIT_MS = 100;

  private final String stage;
  private final HistoryReader.RecordVisitor<T> downstream;
  private final int batchSize;
  private final BlockingQueue<List<ConsumerRecord<byte[], T>>> queue;
  /** Marks the end of the records; compared by identity. */
  private final List<ConsumerRecord<byte[], T>> end = new ArrayList<>(0);
  private final Thread thread;
  private List<ConsumerRecord<byte[], T>> batch;
  private volatile Throwable failure;
  /** The record the stage is on; read only after {@code failure}, whose volatile write publishes it. */
  private ConsumerRecord<byte[], T> failedAt;
  private volatile boolean abandoned;
  private boolean finished;

  /**
   * Starts the stage's thread.
   *
   * @param stage what the thread does, for its name and errors (e.g. {@code writing the output})
   * @param downstream what the stage does with each record, in order
   * @param batchSize records per hand-over
   * @param depth full batches that may wait for the stage
   */
  HandOff(String stage, HistoryReader.RecordVisitor<T> downstream, int batchSize, int depth) {
    this.stage = stage;
    this.downstream = downstream;
    this.batchSize = batchSize;
    this.queue = new ArrayBlockingQueue<>(depth);
    this.batch = new ArrayList<>(batchSize);
    this.thread = new Thread(this::run, "replay: " + stage);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void accept(ConsumerRecord<byte[], T> record) throws Exception {
    rethrowFailure();
    batch.add(record);
    if (batch.size() >= batchSize) {
      put(batch);
      batch = new ArrayList<>(batchSize);
    }
  }

  /**
   * Hands over the last records and waits until the stage has taken them all.
   *
   * @throws Stopped when the stage failed (or the {@link UserException} it threw)
   */
  void finish() throws InterruptedException {
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>(0);
    }
    put(end);
    thread.join();
    finished = true;
    rethrowFailure();
  }

  @Override
  public void close() throws InterruptedException {
    if (finished || !thread.isAlive()) {
      return;
    }
    // The read stopped early: what is queued will not be wanted. The stage stops after its current record.
    abandoned = true;
    queue.clear();
    queue.offer(end);
    thread.join();
  }

  private void put(List<ConsumerRecord<byte[], T>> b) throws InterruptedException {
    // Waits in slices, so a stage that died with the queue full cannot block the handing thread for ever.
    while (!queue.offer(b, WAIT_MS, TimeUnit.MILLISECONDS)) {
      rethrowFailure();
    }
  }

  private void rethrowFailure() {
    Throwable t = failure;
    if (t == null) {
      return;
    }
    if (t instanceof UserException u) {
      throw u;
    }
    if (t instanceof Stopped s) {
      throw s; // from a hand-off further down, which already says where
    }
    ConsumerRecord<byte[], T> r = failedAt;
    String where = r == null ? "" : " at " + r.topic() + "-" + r.partition() + " offset " + r.offset();
    throw new Stopped("replay stopped: " + stage + " failed" + where + ": " + t, t);
  }

  /** A failure of a hand-off's thread, as its reader sees it. */
  static final class Stopped extends IllegalStateException {
    Stopped(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private void run() {
    try {
      while (true) {
        List<ConsumerRecord<byte[], T>> b = queue.take();
        if (b == end) {
          return;
        }
        for (ConsumerRecord<byte[], T> r : b) {
          if (abandoned) {
            return;
          }
          failedAt = r;
          downstream.accept(r);
        }
      }
    } catch (Throwable t) {
      failure = t;
    }
  }
}
