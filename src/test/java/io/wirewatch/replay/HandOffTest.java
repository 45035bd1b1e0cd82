package io.wirewatch.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HandOffTest {
  private static ConsumerRecord<byte[], String> record(int partition, long offset) {
    return new ConsumerRecord<>("news.articles.enriched", partition, offset, null, "p" + partition + "@" + offset);
  }

  /** Records of three partitions, interleaved as polls hand them out; not a multiple of the batch size. */
  private static List<ConsumerRecord<byte[], String>> records(int n) {
    List<ConsumerRecord<byte[], String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(record(i % 3, i / 3));
    }
    return out;
  }

  @Test
  void everyRecordReachesTheWriterInTheOrderHandedOver() throws Exception {
    List<ConsumerRecord<byte[], String>> in = records(10_007);
    List<String> seen = new ArrayList<>();
    try (HandOff<String> h = new HandOff<>("writing the output", r -> seen.add(r.value()), 64, 2)) {
      for (ConsumerRecord<byte[], String> r : in) {
        h.accept(r);
      }
      h.finish();
    }
    assertThat(seen).hasSize(10_007).containsExactlyElementsOf(in.stream().map(ConsumerRecord::value).toList());
  }

  @Test
  void finishWithNothingHandedOverEndsAtOnce() throws Exception {
    List<String> seen = new ArrayList<>();
    try (HandOff<String> h = new HandOff<>("writing the output", r -> seen.add(r.value()), 64, 2)) {
      h.finish();
    }
    assertThat(seen).isEmpty();
  }

  @Test
  void aWriteFailureStopsTheReaderNamingTheRecordAndNothingAfterItIsWritten() throws Exception {
    List<Long> seen = new ArrayList<>();
    IOException disk = new IOException("No space left on device");
    HandOff<String> h = new HandOff<>("writing the output", r -> {
      if (r.offset() == 100 && r.partition() == 1) {
        throw disk;
      }
      seen.add(r.offset());
    }, 16, 2);
    assertThatThrownBy(() -> {
      try (h) {
        // Far more than the queue holds: the reader must not block behind a writer that died.
        for (ConsumerRecord<byte[], String> r : records(100_000)) {
          h.accept(r);
        }
        h.finish();
      }
    }).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("replay stopped: writing the output failed at news.articles.enriched-1 offset 100")
        .hasMessageContaining("No space left on device")
        .hasCause(disk);
    assertThat(seen).hasSize(301).doesNotContain(101L);
  }

  @Test
  void aFailureOnTheLastRecordSurfacesFromFinish() throws Exception {
    List<ConsumerRecord<byte[], String>> in = records(10);
    try (HandOff<String> h = new HandOff<>("writing the output", r -> {
      if (r.offset() == 3 && r.partition() == 0) {
        throw new IOException("broken pipe");
      }
    }, 64, 2)) {
      for (ConsumerRecord<byte[], String> r : in) {
        h.accept(r);
      }
      assertThatThrownBy(h::finish).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("offset 3").hasMessageContaining("broken pipe");
    }
  }

  @Test
  void aUserExceptionReachesTheReaderUnchanged() throws Exception {
    UserException told = new UserException("--output cannot be written: disk full — free some space");
    try (HandOff<String> h = new HandOff<>("writing the output", r -> {
      throw told;
    }, 1, 1)) {
      h.accept(record(0, 0));
      assertThatThrownBy(h::finish).isSameAs(told);
    }
  }

  @Test
  void closingWithoutFinishStopsTheWriterAndDropsWhatIsQueued() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> seen = new ArrayList<>();
    HandOff<String> h = new HandOff<>("writing the output", r -> {
      writing.countDown();
      release.await();
      seen.add(r.offset());
    }, 1, 4);
    for (int i = 0; i < 4; i++) {
      h.accept(record(0, i));
    }
    assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
    Thread closer = new Thread(() -> {
      try {
        h.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    closer.start();
    // Once the closer waits for the writer, the hand-off is abandoned: let the record being written finish.
    while (closer.getState() != Thread.State.WAITING && closer.isAlive()) {
      Thread.sleep(5);
    }
    release.countDown();
    closer.join();
    assertThat(seen).containsExactly(0L);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("replay: writing the output") && t.isAlive());
  }

  @Test
  void aFailureTwoHandOffsDownReachesTheReaderOnceWithItsOwnMessage() throws Exception {
    IOException disk = new IOException("No space left on device");
    List<String> decoded = new ArrayList<>();
    try (HandOff<String> toWriter = new HandOff<>("writing the output", r -> {
          if (r.offset() == 50) {
            throw disk;
          }
        }, 8, 2);
        HandOff<String> toDecoder = new HandOff<>("decoding", r -> {
          decoded.add(r.value());
          toWriter.accept(r);
        }, 8, 2)) {
      assertThatThrownBy(() -> {
        for (ConsumerRecord<byte[], String> r : records(100_000)) {
          toDecoder.accept(r);
        }
        toDecoder.finish();
        toWriter.finish();
      }).isInstanceOf(HandOff.Stopped.class)
          .hasMessageStartingWith("replay stopped: writing the output failed at news.articles.enriched-")
          .hasMessageNotContaining("decoding")
          .hasCause(disk);
    }
    assertThat(decoded).hasSizeLessThan(100_000);
  }

  @Test
  void twoHandOffsInARowKeepOrderAndCount() throws Exception {
    List<ConsumerRecord<byte[], String>> in = records(5_003);
    List<String> seen = new ArrayList<>();
    try (HandOff<String> toWriter = new HandOff<>("writing the output", r -> seen.add(r.value()), 32, 2);
        HandOff<String> toDecoder = new HandOff<>("decoding", toWriter, 50, 3)) {
      for (ConsumerRecord<byte[], String> r : in) {
        toDecoder.accept(r);
      }
      toDecoder.finish();
      toWriter.finish();
    }
    assertThat(seen).containsExactlyElementsOf(in.stream().map(ConsumerRecord::value).toList());
  }
}
