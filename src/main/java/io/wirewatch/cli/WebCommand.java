package io.wirewatch.cli;


import io.wirewatch.alert.delivery.AddressGuard;
import io.wirewatch.roles.WebRole;
import io.wirewatch.web.auth.HttpExposure;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch web}: the dashboard, the HTTP API, the live feed, health and metrics. */
@Command(
    name = "web",
    mixinStandardHelpOptions = true,
    description = "Serves the live newsroom dashboard, the HTTP API (/api/stream, /api/topics, "
        + "/api/openapi.json), /health, /ready and /metrics, reading news.articles.enriched, news.alerts, "
        + "news.stories and news.surges. Run as many as you like; Ctrl-C stops cleanly.")
public final class WebCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions conn;
  @Mixin SecretsOptions secrets;
  @Mixin WebAccessOptions access;

  @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(names = "--http-host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface). Beyond 127.0.0.1 the "
          + "role needs tokens, or --insecure-no-auth.")
  String httpHost;

  @Option(names = "--insecure-no-auth",
      description = "Serve the API beyond this machine with no tokens: anyone who reaches it can post articles "
          + "and change subscriptions.")
  boolean insecureNoAuth;

  @Option(names = "--allow-loopback",
      description = "Accept webhook URLs on this machine, as `alert --allow-loopback` delivers to them (development only).")
  boolean allowLoopback;

  @Option(names = "--allow-private-addresses",
      description = "Accept webhook URLs on private, link-local and CGNAT addresses, as `alert "
          + "--allow-private-addresses` delivers to them (receivers on an internal network).")
  boolean allowPrivate;

  @Option(names = "--ingest-token", defaultValue = "${env:WIREWATCH_INGEST_TOKEN}",
      description = "A plaintext token with scope ingest, for POST /api/articles (env WIREWATCH_INGEST_TOKEN); "
          + "prefer a hash in --tokens-file.")
  String ingestToken;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    WebRole.Config config = new WebRole.Config(conn.client(), httpPort, ingestToken)
        .withHttp(new HttpExposure(httpHost), insecureNoAuth).withTokens(access.tokens())
        .withSecrets(secrets.requiredKeys("web")).withWebhookGuard(new AddressGuard(allowLoopback, allowPrivate))
        .validated();
    KafkaClients.admin(conn).close(); // fail fast, with advice, when Kafka is unreachable
    WebRole web = WebRole.start(config, List.of());
    out.println("Dashboard on http://localhost:" + web.port() + "/ · API description /api/openapi.json · "
        + "metrics /metrics · Kafka " + conn.bootstrapServers() + ". Ctrl-C to stop.");
    out.flush();
    UntilStopped.await(out, "Web server stopped cleanly.", web);
    return 0;
  }
}
