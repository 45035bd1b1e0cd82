package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.alert.delivery.AlertLinks;
import io.wirewatch.alert.delivery.DeliveryConfig;
import io.wirewatch.alert.delivery.DeliveryListener;
import io.wirewatch.alert.delivery.RetryPolicy;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.roles.DeliveryRole;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch alert}: deliver news.alerts to the subscriptions of one channel until stopped. */
@Command(
    name = "alert",
    mixinStandardHelpOptions = true,
    description = {
      "Delivers alerts to the subscriptions of one channel (one consumer group per channel), at least once:"
          + " retries with backoff, then news.alerts.dlq. Ctrl-C stops it; undelivered alerts wait for the next run."
    })
public final class AlertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions conn;
  @Mixin SecretsOptions secrets;

  @Option(names = "--channel", defaultValue = "console",
      description = "webhook, slack or console (default: ${DEFAULT-VALUE}).")
  String channel;

  @Option(names = "--group", description = "Consumer group (default: wirewatch-alert-<channel>).")
  String group;

  @Option(names = "--give-up-after", defaultValue = "PT10M",
      description = "Stop retrying an alert after this long and dead-letter it, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration giveUpAfter;

  @Option(names = "--http-timeout", defaultValue = "PT10S", description = "Timeout of one attempt (default: ${DEFAULT-VALUE}).")
  Duration httpTimeout;

  @Option(names = "--allow-loopback", description = "Allow webhooks to this machine (development only).")
  boolean allowLoopback;

  @Option(names = "--allow-private-addresses",
      description = "Allow webhooks to private, link-local and CGNAT addresses (receivers on an internal network).")
  boolean allowPrivate;

  @Option(names = "--dashboard-url", defaultValue = "${env:WIREWATCH_DASHBOARD_URL:-" + AlertLinks.DEFAULT_DASHBOARD + "}",
      description = "Where the dashboard is served: every alert links to <url>#/articles/<id>, the evidence view of its"
          + " article (default: $WIREWATCH_DASHBOARD_URL or ${DEFAULT-VALUE}).")
  String dashboardUrl;

  @Override
  public Integer call() throws Exception {
    ChannelType type = parse(channel);
    PrintWriter out = spec.commandLine().getOut();
    DeliveryConfig config = DeliveryConfig.defaults(type)
        .withRetry(RetryPolicy.defaults().withGiveUpAfter(giveUpAfter))
        .withHttpTimeout(httpTimeout)
        .withAllowLoopback(allowLoopback)
        .withLinks(AlertLinks.to(dashboardUrl))
        .withConsole(line -> {
          out.println(line);
          out.flush();
        });
    config = config.withAllowPrivate(allowPrivate);
    if (group != null) {
      config = config.withGroupId(group);
    }
    // webhook delivery signs with the subscriptions' secrets, so it needs the key that opens them
    DeliveryRole.Config roleConfig = new DeliveryRole.Config(conn.client(), config,
        type == ChannelType.WEBHOOK ? secrets.requiredKeys("webhook alert") : secrets.keys()).validated();
    KafkaClients.admin(conn).close(); // fail fast, with advice, when Kafka is unreachable
    DeliveryRole service = DeliveryRole.start(roleConfig, DeliveryListener.NONE);
    out.println("Delivering " + type.name().toLowerCase(Locale.ROOT) + " alerts as group " + config.groupId()
        + " · Ctrl-C to stop");
    out.flush();
    UntilStopped.awaitWhile(service::isRunning, service);
    if (service.failure() != null) {
      throw new UserException("alert delivery stopped: " + service.failure().getMessage(), 1, service.failure());
    }
    return 0;
  }

  private static ChannelType parse(String c) {
    return switch (c.toLowerCase(Locale.ROOT)) {
      case "webhook" -> ChannelType.WEBHOOK;
      case "slack" -> ChannelType.SLACK;
      case "console" -> ChannelType.CONSOLE;
      default -> throw new UserException("--channel " + c + " is not a channel: use webhook, slack or console");
    };
  }
}
