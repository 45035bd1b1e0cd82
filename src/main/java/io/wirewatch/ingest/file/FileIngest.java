package io.wirewatch.ingest.file;

import io.wirewatch.ingest.ArticleHandoff;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.Progress;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.parse.ArticleParser;
import io.wirewatch.ingest.parse.ParseSink;
import io.wirewatch.ingest.parse.Parsers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files and folders: wire text (.txt), JSON Lines (.jsonl, .ndjson) and JSON / ninjs
 * (.json). Folders are walked recursively in name order; hidden files and partial downloads
 * ({@code .part}, {@code .tmp}, {@code .crdownload}) are left alone. Bad files and bad items are
 * logged (file, line or item, reason), counted in {@link IngestStats} by reason, and skipped; the
 * rest goes on. Not thread-safe: one instance per run.
 */
public final class FileIngest {
  private static final Logger log = LoggerFactory.getLogger(FileIngest.class);

  private final Parsers parsers;
  private final ArticleProducer producer;
  private final IngestStats stats;
  private final Clock clock;

  public FileIngest(Parsers parsers, ArticleProducer producer, IngestStats stats) {
    this(parsers, producer, stats, Clock.systemUTC());
  }

  FileIngest(Parsers parsers, ArticleProducer producer, IngestStats stats, Clock clock) {
    this.parsers = parsers;
    this.producer = producer;
    this.stats = stats;
    this.clock = clock;
  }

  public IngestStats stats() {
    return stats;
  }

  /** Every ingestible file under the given files and folders, in a stable order. */
  public List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> !ignored(f)).sorted().forEach(files::add);
        } catch (IOException e) {
          report(p.toString(), "folder", "unreadable file", e.toString());
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        report(p.toString(), "file", "unreadable file", "does not exist");
      }
    }
    return files;
  }

  /** Ingests the files and folders once, with progress; returns the run's stats. */
  public IngestStats ingest(List<Path> paths, Progress progress) {
    for (Path f : expand(paths)) {
      ingestFile(f, progress);
    }
    producer.flush();
    progress.done();
    return stats;
  }

  /** Total size of the files, for progress. */
  public static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        // counted when the file is read
      }
    }
    return total;
  }

  /** Reads one file and posts its articles. */
  public void ingestFile(Path file, Progress progress) {
    Optional<ArticleParser> parser = parsers.forFile(file);
    String origin = file.toString();
    if (parser.isEmpty()) {
      report(origin, "file", "unsupported file type",
          "not .txt, .json, .jsonl or .ndjson: rename it or leave it out");
      return;
    }
    // Articles are posted on the handoff's thread while this one parses the next ones; closing it
    // waits for the last of this file's articles.
    try (ArticleHandoff handoff = new ArticleHandoff("ingest " + file.getFileName(),
        ArticleHandoff.DEFAULT_CAPACITY, producer, r -> posted(r, progress))) {
      ParseSink sink = new ParseSink() {
        @Override
        public void article(RawArticle article) {
          stats.read();
          handoff.accept(article);
        }

        @Override
        public void problem(String location, String reason, String detail) {
          stats.read();
          report(origin, location, reason, detail);
        }
      };
      try (InputStream in = new CountingInputStream(
          new BufferedInputStream(Files.newInputStream(file), 64 * 1024), n -> progress.advance(n, 0))) {
        parser.get().parse(in, origin, sink);
      } catch (IOException e) {
        report(origin, "file", "unreadable file", e.toString());
      }
    }
  }

  private void posted(ArticleProducer.Result r, Progress progress) {
    if (r.outcome() == ArticleProducer.Outcome.POSTED) {
      stats.posted();
    } else {
      stats.unchanged();
    }
    progress.advance(0, 1);
  }

  private void report(String origin, String location, String reason, String detail) {
    stats.skipped(reason);
    log.warn("skipped {} {}: {} ({})", origin, location, reason, detail);
  }

  static boolean ignored(Path f) {
    String name = f.getFileName().toString();
    return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp")
        || name.endsWith(".crdownload") || name.endsWith("~");
  }

  /**
   * Watches folders and ingests files as they arrive or change, until {@code stop} says so. A file
   * is read once its size has not changed for {@code settle}, so a file still being written is
   * not read half-way. Folders created inside watched folders are watched too.
   */
  public void watch(List<Path> folders, Duration settle, BooleanSupplier stop) throws IOException {
    try (WatchService ws = FileSystems.getDefault().newWatchService()) {
      Map<WatchKey, Path> keys = new HashMap<>();
      for (Path f : folders) {
        registerTree(ws, f, keys);
      }
      Map<Path, long[]> pending = new HashMap<>(); // path → {size, millis of last change}
      while (!stop.getAsBoolean()) {
        WatchKey key;
        try {
          key = ws.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (ClosedWatchServiceException e) {
          return;
        }
        if (key != null) {
          Path dir = keys.get(key);
          for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
              log.warn("file events were lost in {}: rescanning it", dir);
              if (dir != null) {
                expand(List.of(dir)).forEach(p -> pending.put(p, new long[] {-1, clock.millis()}));
              }
              continue;
            }
            Path p = dir.resolve((Path) ev.context());
            if (Files.isDirectory(p)) {
              registerTree(ws, p, keys);
              expand(List.of(p)).forEach(q -> pending.put(q, new long[] {-1, clock.millis()}));
            } else if (!ignored(p) && ev.kind() != StandardWatchEventKinds.ENTRY_DELETE) {
              pending.put(p, new long[] {-1, clock.millis()});
            }
          }
          key.reset();
        }
        settle(pending, settle);
      }
    }
  }

  private void settle(Map<Path, long[]> pending, Duration settle) {
    long now = clock.millis();
    List<Path> ready = new ArrayList<>();
    for (var e : pending.entrySet()) {
      long size;
      try {
        size = Files.size(e.getKey());
      } catch (IOException ex) {
        ready.add(e.getKey()); // gone or unreadable: let ingestFile report it
        continue;
      }
      long[] state = e.getValue();
      if (size != state[0]) {
        state[0] = size;
        state[1] = now;
      } else if (now - state[1] >= settle.toMillis()) {
        ready.add(e.getKey());
      }
    }
    for (Path p : ready) {
      pending.remove(p);
      if (Files.exists(p)) {
        ingestFile(p, Progress.silent());
        producer.flush();
        log.info("ingested {}: {}", p, stats.summary());
      }
    }
  }

  private static void registerTree(WatchService ws, Path root, Map<WatchKey, Path> keys) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
        keys.put(d.register(ws, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY), d);
      }
    }
  }
}
