package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestRuntime;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.Progress;
import io.wirewatch.ingest.RevisionMemory;
import io.wirewatch.ingest.feed.BackoffPolicy;
import io.wirewatch.ingest.feed.FeedPoller;
import io.wirewatch.ingest.file.FileIngest;
import io.wirewatch.ingest.parse.Boilerplate;
import io.wirewatch.ingest.parse.Parsers;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirewatch ingest file|feed|http}: run sources into news.articles.raw. */
@Command(
    name = "ingest",
    description = "Post articles from files, folders, feeds and HTTP requests to news.articles.raw.",
    mixinStandardHelpOptions = true,
    subcommands = {IngestCommand.FileCommand.class, IngestCommand.FeedCommand.class, IngestHttpCommand.class})
public final class IngestCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** How long to wait for news.ingest.seen to be read at start. */
  static final Duration MEMORY_LOAD_TIMEOUT = Duration.ofMinutes(2);

  static ArticleProducer producer(ConnectionOptions conn, boolean dryRun, PrintWriter out) {
    if (dryRun) {
      return ArticleProducer.dryRun(out, new RevisionMemory());
    }
    return IngestRuntime.producerWithMemory(conn.clientProperties(), MEMORY_LOAD_TIMEOUT);
  }

  /** Ends a run: the summary line, and a non-zero exit when sends failed. */
  static int finish(PrintWriter out, IngestStats stats, ArticleProducer producer) {
    out.println(stats.summary()
        + (producer.sendFailures() > 0 ? ", failed to send " + producer.sendFailures() : ""));
    out.flush();
    if (producer.sendFailures() > 0) {
      throw new UserException(producer.sendFailures() + " article(s) could not be posted ("
          + producer.lastError() + "): they were not remembered, so running again retries them", 1, null);
    }
    return 0;
  }

  @Command(name = "file", mixinStandardHelpOptions = true,
      description = {"Ingest wire text (.txt), JSON Lines (.jsonl, .ndjson) and JSON / ninjs (.json) files.",
          "Folders are read recursively. Bad files and items are reported and skipped."})
  static final class FileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--watch", description = "Keep running and ingest new files in the folders as they arrive.")
    boolean watch;

    @Option(names = "--dry-run", description = "Print what would be posted (id, revision, source, headline); post nothing.")
    boolean dryRun;

    @Option(names = "--boilerplate", paramLabel = "FILE",
        description = "Boilerplate rules replacing the defaults (add 'include defaults' to extend them).")
    Path boilerplate;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      for (Path p : paths) {
        if (!Files.exists(p)) {
          throw new UserException("path " + p + " does not exist: check the spelling, or create it before ingesting");
        }
      }
      List<Path> folders = paths.stream().filter(Files::isDirectory).toList();
      if (watch && folders.isEmpty()) {
        throw new UserException("--watch needs at least one folder among the paths, got only files");
      }
      Parsers parsers = new Parsers(boilerplate == null ? Boilerplate.defaults() : Boilerplate.load(boilerplate),
          Clock.systemUTC());
      IngestStats stats = new IngestStats();
      try (ArticleProducer producer = producer(conn, dryRun, out)) {
        FileIngest ingest = new FileIngest(parsers, producer, stats);
        List<Path> files = ingest.expand(paths);
        Progress progress = dryRun ? Progress.silent() : Progress.forTotal(FileIngest.totalBytes(files));
        for (Path f : files) {
          ingest.ingestFile(f, progress);
        }
        producer.flush();
        progress.done();
        if (watch) {
          out.println(stats.summary() + "; watching " + folders + " (Ctrl-C to stop)");
          out.flush();
          AtomicBoolean stop = new AtomicBoolean();
          Thread hook = new Thread(() -> stop.set(true));
          Runtime.getRuntime().addShutdownHook(hook);
          ingest.watch(folders, Duration.ofMillis(500), stop::get);
        }
        producer.flush();
        return finish(out, stats, producer);
      }
    }
  }

  @Command(name = "feed", mixinStandardHelpOptions = true,
      description = {"Poll RSS 2.0 and Atom feeds and post their new and changed items.",
          "Uses conditional GET; a failing feed backs off on its own; what was posted is remembered in news.ingest.seen."})
  static final class FeedCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Feed URLs.")
    List<URI> urls = new ArrayList<>();

    @Option(names = "--feeds-file", paramLabel = "FILE", description = "File with one feed URL per line (# comments).")
    Path feedsFile;

    @Option(names = "--interval", defaultValue = "60s", paramLabel = "DURATION",
        description = "Time between polls of one feed, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--once", description = "Poll every feed once, then exit.")
    boolean once;

    @Option(names = "--dry-run", description = "Print what would be posted; post nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<URI> feeds = new ArrayList<>(urls);
      if (feedsFile != null) {
        feeds.addAll(readFeedsFile(feedsFile));
      }
      if (feeds.isEmpty()) {
        throw new UserException("no feeds given: pass feed URLs or --feeds-file FILE");
      }
      for (URI u : feeds) {
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
          throw new UserException("feed URL '" + u + "' must start with http:// or https://");
        }
      }
      Duration every = parseDuration(interval, "--interval");
      IngestStats stats = new IngestStats();
      try (ArticleProducer producer = producer(conn, dryRun, out)) {
        FeedPoller poller = new FeedPoller(feeds, FeedPoller.defaultHttpClient(), producer, stats, every,
            BackoffPolicy.defaults(), Clock.systemUTC());
        if (once) {
          poller.pollAll();
        } else {
          AtomicBoolean stop = new AtomicBoolean();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
          poller.run(stop::get);
        }
        producer.flush();
        return finish(out, stats, producer);
      }
    }

    static List<URI> readFeedsFile(Path file) throws IOException {
      if (!Files.exists(file)) {
        throw new UserException("feeds file " + file + " does not exist: check the --feeds-file path");
      }
      List<URI> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        try {
          out.add(new URI(l));
        } catch (java.net.URISyntaxException e) {
          throw new UserException("feeds file " + file + " line " + (i + 1) + ": '" + l
              + "' is not a URL (" + e.getReason() + ")");
        }
      }
      return out;
    }
  }

  /** {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT30S}). */
  static Duration parseDuration(String text, String option) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("pt")) {
        return positive(Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT)), text, option);
      }
      if (t.endsWith("ms")) {
        return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text, option);
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      Duration d = switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new NumberFormatException();
      };
      return positive(d, text, option);
    } catch (RuntimeException e) {
      if (e instanceof UserException u) {
        throw u;
      }
      throw new UserException(option + " '" + text + "' is not a duration: use e.g. 30s, 5m or 1h");
    }
  }

  private static Duration positive(Duration d, String text, String option) {
    if (d.isZero() || d.isNegative()) {
      throw new UserException(option + " must be > 0, got '" + text + "'");
    }
    return d;
  }
}
