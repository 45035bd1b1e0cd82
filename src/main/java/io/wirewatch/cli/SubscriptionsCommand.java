package io.wirewatch.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.UserException;
import io.wirewatch.alert.RuleTopicsLog;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionState;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.Subscriptions;
import io.wirewatch.alert.secrets.SealedSubscriptionSerde;
import io.wirewatch.avro.Subscription;
import io.wirewatch.streams.alerting.AlertingSerdes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirewatch subscriptions add|list|remove|pause|resume|snooze}: manage what gets alerted, and where to. */
@Command(
    name = "subscriptions",
    mixinStandardHelpOptions = true,
    description = "Manage alert subscriptions (kept in the compacted topic news.subscriptions).",
    subcommands = {SubscriptionsCommand.Add.class, SubscriptionsCommand.ListCommand.class,
        SubscriptionsCommand.Remove.class, SubscriptionsCommand.Pause.class, SubscriptionsCommand.Resume.class,
        SubscriptionsCommand.Snooze.class})
public final class SubscriptionsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Client settings for the subscription store and delivery, after checking the cluster answers. */
  static Map<String, Object> client(ConnectionOptions conn) {
    try (Admin ignored = KafkaClients.admin(conn)) {
      return conn.client().registry();
    }
  }

  /** The value serdes of the alerting roles: Confluent-framed Avro through the schema registry. */
  static AlertingSerdes serdes(ConnectionOptions conn) {
    return AlertingSerdes.registry(conn.client().registry());
  }

  /**
   * The store, checking topics against those of the rules the enrich role runs; webhook secrets are
   * sealed with {@code secrets} on the way to news.subscriptions and opened on the way back.
   */
  static SubscriptionStore store(ConnectionOptions conn, SecretsOptions secrets) {
    return new SubscriptionStore(client(conn),
        SealedSubscriptionSerde.wrap(serdes(conn).subscription(), secrets.keys()), Clock.systemUTC(),
        () -> RuleTopicsLog.current(conn.client()));
  }

  /** {@code subscriptions add}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a subscription; prints its id. Every problem with the options is reported at once.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;
    @Mixin SecretsOptions secrets;

    @Option(names = "--json", paramLabel = "FILE",
        description = "Read the subscription from a JSON file (the HTTP API's shape) instead of the options below.")
    Path json;

    @Option(names = "--name", description = "Name, e.g. \"Korea desk\".")
    String name;

    @Option(names = "--topic", split = ",", description = "Event topic id(s); none = any.")
    List<String> topics;

    @Option(names = "--country", split = ",", description = "ISO 3166-1 alpha-2 code(s) of primary countries; none = any.")
    List<String> countries;

    @Option(names = "--entity", split = ",", description = "Entity id(s) or name(s); none = any.")
    List<String> entities;

    @Option(names = "--keyword", description = "Word or phrase that must appear (any of them); repeatable.")
    List<String> keywords;

    @Option(names = "--min-confidence", description = "Lowest event confidence, 0..1 (default 0).")
    Double minConfidence;

    @Option(names = "--no-updates", description = "Do not send an UPDATE when the story turns DEVELOPING.")
    boolean noUpdates;

    @Option(names = "--max-per-hour", description = "Rate limit; the excess is folded into a digest (default 30).")
    Integer maxPerHour;

    @Option(names = "--channel", defaultValue = "webhook", description = "webhook, slack or console (default: ${DEFAULT-VALUE}).")
    String channel;

    @Option(names = "--url", description = "http(s) URL for webhook and slack.")
    String url;

    @Option(names = "--secret-env", paramLabel = "VAR",
        description = "Name of the environment variable that holds the webhook secret (keeps it out of shell history).")
    String secretEnv;

    @Option(names = "--secret", description = "Webhook secret (prefer --secret-env).")
    String secret;

    @Override
    public Integer call() {
      SubscriptionRequest request = json != null ? read(json) : fromOptions();
      // validated by the store: topics against the rules the enrich role runs, read from the cluster
      try (SubscriptionStore store = store(conn, secrets)) {
        Subscription s = store.add(request);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Added subscription " + s.getId() + " (" + s.getName() + ", "
            + s.getChannel().getType().name().toLowerCase() + ")");
        out.flush();
      }
      return 0;
    }

    private SubscriptionRequest fromOptions() {
      String key = secret;
      if (secretEnv != null) {
        key = System.getenv(secretEnv);
        if (key == null) {
          throw new UserException("environment variable " + secretEnv + " (from --secret-env) is not set: export it first");
        }
      }
      return new SubscriptionRequest(name, topics, countries, entities, keywords, minConfidence, !noUpdates,
          maxPerHour, new SubscriptionRequest.ChannelRequest(channel, url, key));
    }

    private static SubscriptionRequest read(Path file) {
      try {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(Files.readString(file), SubscriptionRequest.class);
      } catch (IOException e) {
        throw new UserException("cannot read subscription from " + file + ": " + e.getMessage()
            + " — see docs/webhooks.md for the JSON shape", e);
      }
    }
  }

  /** {@code subscriptions list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List subscriptions, one JSON object per line; secrets are shown as \"***\".")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;
    @Mixin SecretsOptions secrets;

    @Override
    public Integer call() throws IOException {
      ObjectMapper json = new ObjectMapper();
      PrintWriter out = spec.commandLine().getOut();
      try (SubscriptionStore store = store(conn, secrets)) {
        List<Subscription> all = store.list();
        for (Subscription s : all) {
          out.println(json.writeValueAsString(Subscriptions.publicView(s)));
        }
        if (all.isEmpty()) {
          out.println("No subscriptions yet. Add one with `wirewatch subscriptions add --name ... --channel console`.");
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code subscriptions remove <id>}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a subscription by id.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;
    @Mixin SecretsOptions secrets;

    @Parameters(paramLabel = "ID", description = "Subscription id, as shown by `subscriptions list`.")
    String id;

    @Override
    public Integer call() {
      try (SubscriptionStore store = store(conn, secrets)) {
        if (!store.remove(id)) {
          throw new UserException("no subscription with id " + id + ": list them with `wirewatch subscriptions list`");
        }
      }
      spec.commandLine().getOut().println("Removed subscription " + id);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** What pause, resume and snooze share: the id, the connection, and the line printed after the change. */
  abstract static class Change implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;
    @Mixin SecretsOptions secrets;

    @Parameters(paramLabel = "ID", description = "Subscription id, as shown by `subscriptions list`.")
    String id;

    /** Makes the change; throws when it cannot be made. */
    abstract Subscription apply(SubscriptionStore store);

    /** Checks what can be checked before connecting. */
    void check() {}

    @Override
    public Integer call() {
      check();
      try (SubscriptionStore store = store(conn, secrets)) {
        Subscription s = apply(store);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Subscription " + s.getId() + " (" + s.getName() + ") is "
            + SubscriptionState.at(s, store.clock().instant()).label());
        out.flush();
      }
      return 0;
    }
  }

  /** {@code subscriptions pause <id>}. */
  @Command(name = "pause", mixinStandardHelpOptions = true,
      description = "Pause a subscription: no alert is delivered until it is resumed. Alerts made meanwhile are"
          + " dropped, not queued (they stay visible in the dashboard's live feed).")
  static final class Pause extends Change {
    @Override
    Subscription apply(SubscriptionStore store) {
      return store.pause(id);
    }
  }

  /** {@code subscriptions resume <id>}. */
  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Resume a paused or snoozed subscription: alerts made from now on are delivered.")
  static final class Resume extends Change {
    @Override
    Subscription apply(SubscriptionStore store) {
      return store.resume(id);
    }
  }

  /** {@code subscriptions snooze <id> --until <instant|duration>}. */
  @Command(name = "snooze", mixinStandardHelpOptions = true,
      description = "Snooze a subscription until an instant or for a while; it delivers again by itself then."
          + " Alerts made meanwhile are dropped, not queued.")
  static final class Snooze extends Change {
    @Option(names = "--until", required = true, paramLabel = "WHEN",
        description = "ISO-8601 instant with Z or an offset (2026-12-05T18:00:00Z), or a duration from now"
            + " (2h, 90m, 1d, 1h30m, PT2H); at most 90 days.")
    String until;

    @Override
    void check() {
      // a typo is reported even when the cluster is away
      SubscriptionState.parseUntil(until, Instant.now());
    }

    @Override
    Subscription apply(SubscriptionStore store) {
      return store.snooze(id, until);
    }
  }
}
