package io.wirewatch.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.replay.HistoryReader.ProgressListener;
import io.wirewatch.replay.export.ExportFormat;
import io.wirewatch.replay.export.Exporters;
import io.wirewatch.replay.export.RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Replays an article topic over a time range into a file: read, filter, write, in constant memory.
 *
 * <pre>{@code
 * Replay replay = new Replay(clientProps, deserializers, null);
 * Replay.Summary s = replay.run(
 *     new Replay.Request("news.articles.enriched", TimeRange.parse("-7d", null, Instant.now()),
 *         ReplayFilter.parse(List.of("country=KP")), ExportFormat.CSV),
 *     () -> Files.newOutputStream(Path.of("kp.csv")), HistoryReader.ProgressListener.NONE);
 * }</pre>
 *
 * <p>Checks come before any output is opened: the topic's value kind, filters the kind can
 * carry, and the topic's existence. The consumer fetches on the calling thread, a second thread
 * decodes and a third filters and writes, in the order read ({@link HandOff}). Not thread-safe;
 * one run at a time.
 */
public final class Replay {
  /** What to replay. */
  public record Request(String topic, TimeRange range, ReplayFilter filter, ExportFormat format) {
    public Request {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(range, "range");
      filter = filter == null ? ReplayFilter.all() : filter;
      format = format == null ? ExportFormat.JSONL : format;
    }
  }

  /** Where the output goes; opened only once the request has been checked against the cluster. */
  @FunctionalInterface
  public interface Output {
    OutputStream open() throws IOException;
  }

  /** What a run did. */
  public record Summary(String topic, TimeRange range, long read, long matched, long written, long undecodable,
      Duration elapsed) {
    /** Records read per second. */
    public double recordsPerSecond() {
      double s = elapsed.toNanos() / 1e9;
      return s <= 0 ? 0 : read / s;
    }

    /** One line for people. */
    public String describe() {
      return String.format(java.util.Locale.ROOT,
          "replay of %s %s: %d records read, %d matched, %d written%s in %.1f s (%.0f records/s)",
          topic, range, read, matched, written, undecodable > 0 ? ", " + undecodable + " undecodable skipped" : "",
          elapsed.toNanos() / 1e9, recordsPerSecond());
    }
  }

  /** Records per hand-over to the writing thread, and hand-overs that may wait: a few thousand records at most. */
  private static final int HAND_OFF_BATCH = 128;
  private static final int HAND_OFF_DEPTH = 4;

  private final Properties clientProps;
  private final ValueDeserializers deserializers;
  private final Function<EnrichedArticle, ObjectNode> enrichedJson;

  /**
   * @param clientProps Kafka client settings
   * @param deserializers value deserializers by kind
   * @param enrichedJson JSON Lines mapping of an enriched article; null for the built-in tag shape
   */
  public Replay(Properties clientProps, ValueDeserializers deserializers,
      Function<EnrichedArticle, ObjectNode> enrichedJson) {
    this.clientProps = clientProps;
    this.deserializers = deserializers;
    this.enrichedJson = enrichedJson;
  }

  /**
   * Runs one replay to its end.
   *
   * @throws UserException for a topic replay cannot read, a filter the topic cannot carry, a
   *     topic that does not exist, or an output that cannot be opened
   */
  public Summary run(Request req, Output output, ProgressListener progress) throws Exception {
    ValueKind kind = ValueKind.forTopic(req.topic());
    if (kind == ValueKind.ARTICLE && req.filter().needsEnrichment()) {
      throw new UserException("--filter topic= and country= need enriched articles, but " + req.topic()
          + " holds raw ones: replay news.articles.enriched instead, or filter raw articles by source= only");
    }
    HistoryReader reader = new HistoryReader(clientProps);
    HistoryReader.Window window = reader.window(req.topic(), req.range());
    OutputStream out;
    try {
      out = output.open();
    } catch (IOException e) {
      throw new UserException("cannot write the output: " + e + " — choose a file in a directory that exists "
          + "and that you can write to", e);
    }
    long[] matched = {0};
    @SuppressWarnings("unchecked")
    Deserializer<SpecificRecord> deser = (Deserializer<SpecificRecord>) deserializers.forKind(kind);
    HistoryReader.Stats stats;
    long written;
    Duration drain;
    long undecodable;
    try (RecordWriter writer = Exporters.open(req.format(), kind, out, enrichedJson)) {
      ReplayFilter filter = req.filter();
      HistoryReader.RecordVisitor<SpecificRecord> keepAndWrite = r -> {
        SpecificRecord v = r.value();
        if (v == null) {
          return; // a tombstone carries no article
        }
        boolean keep = kind == ValueKind.ARTICLE ? filter.test((Article) v) : filter.test((EnrichedArticle) v);
        if (keep) {
          matched[0]++;
          writer.write(v);
        }
      };
      // Three threads: the consumer fetches, a second decodes, a third filters and writes, in the order read.
      DecodeStage<SpecificRecord> decode;
      try (HandOff<SpecificRecord> toWriter = new HandOff<>("writing the output", keepAndWrite, HAND_OFF_BATCH,
              HAND_OFF_DEPTH);
          HandOff<ByteBuffer> toDecoder = new HandOff<>("decoding", decode = new DecodeStage<>(deser, toWriter),
              HAND_OFF_BATCH, HAND_OFF_DEPTH)) {
        stats = reader.read(req.topic(), req.range(), window, new ByteBufferDeserializer(), toDecoder, progress);
        long t0 = System.nanoTime();
        toDecoder.finish();
        toWriter.finish();
        drain = Duration.ofNanos(System.nanoTime() - t0);
      }
      undecodable = decode.undecodable();
      written = writer.written();
    }
    // The run ends when the last record is written, not when it was read.
    // The reader counted every record of the range; those that did not decode were not read.
    return new Summary(req.topic(), req.range(), stats.recordsRead() - undecodable, matched[0], written, undecodable,
        stats.elapsed().plus(drain));
  }
}
