package io.wirewatch.cli;

import io.wirewatch.roles.IngestRole;
import io.wirewatch.web.auth.HttpExposure;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch ingest http}: the HTTP ingest role on its own (POST /api/articles, /health, /ready). */
@Command(name = "http", mixinStandardHelpOptions = true,
    description = {"Accept articles by POST /api/articles (JSON, JSON Lines or ninjs) and post them to news.articles.raw.",
        "Serves /health, /ready and /metrics too. Run as many as you like; Ctrl-C stops cleanly."})
final class IngestHttpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions conn;

  @Option(names = "--http-port", defaultValue = "8090", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Mixin WebAccessOptions access;

  @Option(names = "--http-host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface). Beyond 127.0.0.1 the "
          + "role needs tokens, or --insecure-no-auth.")
  String httpHost;

  @Option(names = "--insecure-no-auth",
      description = "Accept articles from beyond this machine with no tokens: anyone who reaches it can post articles.")
  boolean insecureNoAuth;

  @Option(names = "--ingest-token", defaultValue = "${env:WIREWATCH_INGEST_TOKEN}",
      description = "A plaintext token with scope ingest, for POST /api/articles (env WIREWATCH_INGEST_TOKEN); "
          + "prefer a hash in --tokens-file.")
  String ingestToken;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IngestRole.Config config = new IngestRole.Config(conn.client(), httpPort, ingestToken)
        .withAccess(new HttpExposure(httpHost), insecureNoAuth, access.tokens()).validated();
    KafkaClients.admin(conn).close(); // fail fast, with advice, when Kafka is unreachable
    IngestRole role = IngestRole.start(config);
    out.println("Ingest listening on http://localhost:" + role.port() + "/api/articles · Kafka "
        + conn.bootstrapServers() + ". Ctrl-C to stop.");
    out.flush();
    UntilStopped.await(out, "Ingest stopped cleanly.", role);
    return 0;
  }
}
