package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.bench.Soak;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch bench soak}: nothing lost while {@code dev} is killed and restarted. */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Ingests articles of real-news sizes into `dev` running as a child process, kills it with SIGKILL "
        + "at random points and restarts it on the same data directory, then proves every article is in "
        + "news.articles.raw once per revision and in news.articles.enriched exactly once, with its body intact.")
final class BenchSoakCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "50000", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--kills", defaultValue = "2", description = "Times dev is killed with SIGKILL (default: ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the sizes, texts and kill points (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "dev's data directory (default: a new temporary directory).")
  Path dataDir;

  @Option(names = "--jar", paramLabel = "FILE", description = "The wirewatch jar to run dev from (default: this one).")
  Path jar;

  @Option(names = "--start-timeout", defaultValue = "180", description = "Seconds dev may take to be ready (default: ${DEFAULT-VALUE}).")
  int startTimeout;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 10 || kills < 0) {
      throw new UserException("--articles must be at least 10 and --kills at least 0, got --articles " + articles
          + " --kills " + kills + ": e.g. --articles 50000 --kills 2");
    }
    Path j = jar != null ? jar : Soak.ownJar();
    if (j == null || !Files.isRegularFile(j)) {
      throw new UserException("no wirewatch jar to run dev from" + (jar == null ? "" : " at " + jar)
          + ": build it with `./mvnw -q package -DskipTests` and pass --jar target/wirewatch.jar");
    }
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("wirewatch-soak-").resolve("data");
    Soak.Report r = Soak.run(new Soak.Settings(articles, kills, seed, j, dir.toAbsolutePath(),
        Duration.ofSeconds(startTimeout)), out);
    out.println(r.describe());
    out.flush();
    if (!r.clean()) {
      throw new UserException("bench soak: articles were lost, duplicated or corrupted (" + r.describe()
          + "); rerun with the same --seed " + seed + " to reproduce, and report it as a bug", 3, null);
    }
    out.println("nothing lost: every article once in news.articles.raw and exactly once in news.articles.enriched, "
        + "bodies intact");
    return 0;
  }
}
