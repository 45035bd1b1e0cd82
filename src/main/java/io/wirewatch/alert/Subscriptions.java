package io.wirewatch.alert;

import io.wirewatch.alert.delivery.WebhookUrl;
import io.wirewatch.avro.Channel;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.Subscription;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validation of subscription requests, conversion to the Avro record, and the secret-free public view. */
public final class Subscriptions {
  /** Shortest webhook secret accepted: 16 characters, so a signature cannot be brute-forced offline. */
  public static final int MIN_SECRET_LENGTH = 16;
  /** Longest subscription name accepted. */
  public static final int MAX_NAME_LENGTH = 200;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final List<String> CHANNELS = List.of("webhook", "slack", "console");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Subscriptions() {}

  /** Every problem with {@code r}, topics checked against the bundled rules' ({@link EventTopics#IDS}). */
  public static List<String> problems(SubscriptionRequest r) {
    return problems(r, EventTopics.IDS);
  }

  /**
   * Every problem with {@code r}, each naming the field, the value, the rule and the fix.
   *
   * @param topicIds the event topics subscriptions may name: those of the rules the enrich role runs
   */
  public static List<String> problems(SubscriptionRequest r, List<String> topicIds) {
    List<String> p = new ArrayList<>();
    if (r == null) {
      p.add("the subscription is empty: send a JSON object with at least \"name\" and \"channel\"");
      return p;
    }
    if (r.name() == null || r.name().isBlank()) {
      p.add("name is missing: give the subscription a name such as \"Korea desk\"");
    } else if (r.name().chars().anyMatch(Character::isISOControl) || r.name().length() > MAX_NAME_LENGTH) {
      p.add("name must be one line of at most " + MAX_NAME_LENGTH + " characters without control characters (CR, LF,"
          + " tab...): it is shown in alerts and on the dashboard");
    }
    List<String> topics = orEmpty(r.topics());
    for (int i = 0; i < topics.size(); i++) {
      String t = topics.get(i);
      if (t == null || !topicIds.contains(t)) {
        p.add("topics[" + i + "] \"" + t + "\" is not an event topic of the rules enrichment runs: use one of "
            + String.join(", ", topicIds) + " (or an empty list for any topic)");
      }
    }
    List<String> countries = orEmpty(r.countries());
    for (int i = 0; i < countries.size(); i++) {
      String c = countries.get(i);
      if (c == null || !COUNTRIES.contains(c.toUpperCase(Locale.ROOT))) {
        p.add("countries[" + i + "] \"" + c + "\" is not an ISO 3166-1 alpha-2 country code: use two letters such as KP,"
            + " CN, US (or an empty list for any country)");
      }
    }
    blanks(p, "entities", r.entities());
    blanks(p, "keywords", r.keywords());
    if (r.minConfidence() != null && !(r.minConfidence() >= 0 && r.minConfidence() <= 1)) {
      p.add("minConfidence " + r.minConfidence() + " is out of range: use a number from 0 to 1, such as 0.6");
    }
    if (r.maxPerHour() != null && r.maxPerHour() < 1) {
      p.add("maxPerHour " + r.maxPerHour() + " must be at least 1: alerts above it are folded into a digest");
    }
    SubscriptionRequest.ChannelRequest ch = r.channel();
    if (ch == null) {
      p.add("channel is missing: add {\"type\": \"webhook\" | \"slack\" | \"console\", \"url\": ..., \"secret\": ...}");
      return p;
    }
    String type = ch.type() == null ? null : ch.type().toLowerCase(Locale.ROOT);
    if (type == null || !CHANNELS.contains(type)) {
      p.add("channel.type \"" + ch.type() + "\" is not a channel: use webhook, slack or console");
      return p;
    }
    if (!type.equals("console")) {
      String urlProblem = urlProblem(ch.url());
      if (urlProblem != null) {
        p.add("channel.url " + urlProblem);
      }
    }
    if (type.equals("webhook") && (ch.secret() == null || ch.secret().length() < MIN_SECRET_LENGTH)) {
      p.add("channel.secret is " + (ch.secret() == null || ch.secret().isEmpty() ? "missing" : "too short")
          + ": a webhook needs a secret of at least " + MIN_SECRET_LENGTH
          + " characters to sign its requests (e.g. the output of `openssl rand -hex 32`)");
    }
    return p;
  }

  /** Throws {@link InvalidSubscriptionException} listing every problem (topics of the bundled rules). */
  public static void check(SubscriptionRequest r) {
    check(r, EventTopics.IDS);
  }

  /** Throws {@link InvalidSubscriptionException} listing every problem, if there is any. */
  public static void check(SubscriptionRequest r, List<String> topicIds) {
    List<String> p = problems(r, topicIds);
    if (!p.isEmpty()) {
      throw new InvalidSubscriptionException(p);
    }
  }

  /** A fresh subscription id, such as {@code sub-3f9a1c0e7b2d}. */
  public static String newId() {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return "sub-" + HexFormat.of().formatHex(b);
  }

  /** The validated request as the Avro record (topics of the bundled rules). */
  public static Subscription toAvro(SubscriptionRequest r, String id, Instant created) {
    return toAvro(r, id, created, EventTopics.IDS);
  }

  /** The request, validated against {@code topicIds}, as the Avro record. */
  public static Subscription toAvro(SubscriptionRequest r, String id, Instant created, List<String> topicIds) {
    check(r, topicIds);
    String type = r.channel().type().toLowerCase(Locale.ROOT);
    return Subscription.newBuilder()
        .setId(id)
        .setName(r.name().strip())
        .setTopics(List.copyOf(orEmpty(r.topics())))
        .setCountries(orEmpty(r.countries()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList())
        .setEntities(orEmpty(r.entities()).stream().map(String::strip).toList())
        .setKeywords(orEmpty(r.keywords()).stream().map(String::strip).toList())
        .setMinConfidence(r.minConfidence() == null ? 0.0 : r.minConfidence())
        .setUpdates(r.updates() == null || r.updates())
        .setMaxPerHour(r.maxPerHour() == null ? 30 : r.maxPerHour())
        .setChannel(Channel.newBuilder()
            .setType(ChannelType.valueOf(type.toUpperCase(Locale.ROOT)))
            .setUrl(type.equals("console") ? null : r.channel().url())
            .setSecret(r.channel().secret())
            .build())
        .setCreated(created)
        .build();
  }

  /** {@link #publicView(Subscription, Instant)} at the current time. */
  public static Map<String, Object> publicView(Subscription s) {
    return publicView(s, Instant.now());
  }

  /**
   * The subscription as the API and CLI show it: every field, with the secret replaced by
   * {@code "***"} (or absent when there is none), and its state at {@code now}: {@code "state"} is
   * {@code active}, {@code paused} or {@code snoozed}, with {@code "quietSince"} when paused or
   * snoozed and {@code "snoozedUntil"} when snoozed. Never returns the secret.
   */
  public static Map<String, Object> publicView(Subscription s, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.getId());
    m.put("name", s.getName());
    m.put("topics", s.getTopics());
    m.put("countries", s.getCountries());
    m.put("entities", s.getEntities());
    m.put("keywords", s.getKeywords());
    m.put("minConfidence", s.getMinConfidence());
    m.put("updates", s.getUpdates());
    m.put("maxPerHour", s.getMaxPerHour());
    Map<String, Object> ch = new LinkedHashMap<>();
    ch.put("type", s.getChannel().getType().name().toLowerCase(Locale.ROOT));
    if (s.getChannel().getUrl() != null) {
      ch.put("url", s.getChannel().getUrl());
    }
    if (s.getChannel().getSecret() != null) {
      ch.put("secret", "***");
    }
    m.put("channel", ch);
    m.put("created", s.getCreated().toString());
    SubscriptionState.State st = SubscriptionState.at(s, now);
    m.put("state", st.mode().name().toLowerCase(Locale.ROOT));
    if (st.since() != null) {
      m.put("quietSince", st.since().toString());
    }
    if (st.until() != null) {
      m.put("snoozedUntil", st.until().toString());
    }
    return m;
  }

  private static String urlProblem(String url) {
    return WebhookUrl.problem(url);
  }

  private static void blanks(List<String> p, String field, List<String> values) {
    List<String> v = orEmpty(values);
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i) == null || v.get(i).isBlank()) {
        p.add(field + "[" + i + "] is empty: remove it, or leave the list empty for any");
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
