package io.wirewatch.replay.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.wirewatch.http.JsonErrors;
import io.wirewatch.UserException;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.enrich.EnrichmentJson;
import io.wirewatch.replay.ReplayFilter;
import io.wirewatch.replay.TimeSpec;
import io.wirewatch.replay.export.ArticleJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recent history over HTTP, for the dashboard and for bots that start late.
 *
 * <ul>
 *   <li>{@code GET /api/articles?topic=&country=&source=&from=&to=&limit=}: enriched articles;
 *   <li>{@code GET /api/stories?topic=&country=&source=&from=&to=&limit=}: stories, latest
 *       version of each.
 * </ul>
 *
 * <p>Newest first; {@code limit} defaults to 50, at most 500. Each filter may repeat (any value
 * matches); different filters must all match. {@code from}/{@code to} take the
 * {@link TimeSpec} formats and bound the record timestamp. Bad parameters get a 400 with
 * the {@link JsonErrors} body, {@code details} naming the parameter: {@code [{"parameter": "limit"}]}.
 *
 * <p>Answers come from in-memory rings ({@link RecentRecords}) kept filled by one reader of the
 * topic (in the web role, the live feed's; elsewhere a {@link RecentFeed}), not from a read of
 * Kafka per request: a request costs microseconds and never opens a
 * connection, and the memory is bounded by the ring capacity. The price is reach: only the newest
 * {@code capacity} records are held (reported as {@code oldest} in every answer); older history is
 * for {@code wirewatch replay}.
 */
public final class HistoryRoutes {
  /** Default and largest {@code limit}. */
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> PARAMS = Set.of("topic", "country", "source", "from", "to", "limit");

  private HistoryRoutes() {}

  /** Registers both routes on an app that has not started yet. */
  public static void register(Javalin app, RecentRecords<EnrichedArticle> articles, RecentRecords<Story> stories) {
    register(app.unsafe.routes, articles, stories, Clock.systemUTC());
  }

  /** Registers both routes while the app is being configured ({@code config.routes}). */
  public static void register(RoutesConfig routes, RecentRecords<EnrichedArticle> articles,
      RecentRecords<Story> stories, Clock clock) {
    routes.get("/api/articles", ctx -> answer(ctx, clock, articles, HistoryRoutes::articleFilter, HistoryRoutes::articleJson));
    routes.get("/api/stories", ctx -> answer(ctx, clock, stories, HistoryRoutes::storyFilter, HistoryRoutes::storyJson));
  }

  /** A parsed and checked query. */
  record Query(List<String> topics, List<String> countries, List<String> sources, Instant from, Instant to, int limit) {}

  /**
   * Reads the query parameters, reporting the first bad one.
   *
   * @throws BadParameter naming the parameter and the fix
   */
  static Query parse(Map<String, List<String>> params, Instant now) {
    for (String name : params.keySet()) {
      if (!PARAMS.contains(name)) {
        throw new BadParameter(name, "unknown parameter '" + name + "': use topic, country, source, from, to or limit");
      }
    }
    int limit = DEFAULT_LIMIT;
    List<String> l = params.getOrDefault("limit", List.of());
    if (!l.isEmpty()) {
      try {
        limit = Integer.parseInt(l.get(0).trim());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new BadParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", got '" + l.get(0) + "'");
      }
    }
    Instant from = time(params, "from", now);
    Instant to = time(params, "to", now);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new BadParameter("from", "from " + from + " is not before to " + to + ": give an earlier from");
    }
    return new Query(values(params, "topic"), values(params, "country"), values(params, "source"), from, to, limit);
  }

  private static Instant time(Map<String, List<String>> params, String name, Instant now) {
    List<String> v = params.getOrDefault(name, List.of());
    if (v.isEmpty()) {
      return null;
    }
    try {
      return TimeSpec.parse(name, v.get(0), now);
    } catch (UserException e) {
      throw new BadParameter(name, e.getMessage());
    }
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  private static <T> void answer(Context ctx, Clock clock, RecentRecords<T> ring,
      java.util.function.Function<Query, Predicate<T>> filter, java.util.function.Function<RecentRecords.Entry<T>, ObjectNode> json)
      throws Exception {
    Query q;
    try {
      q = parse(ctx.queryParamMap(), clock.instant());
    } catch (BadParameter e) {
      JsonErrors.write(ctx, 400, e.getMessage(), e.parameter == null ? List.of()
          : List.of(java.util.Map.of("parameter", e.parameter)));
      return;
    }
    List<RecentRecords.Entry<T>> found = ring.newest(q.from(), q.to(), filter.apply(q), q.limit());
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode items = body.putArray("items");
    found.forEach(e -> items.add(json.apply(e)));
    body.put("count", found.size());
    body.put("limit", q.limit());
    Instant oldest = ring.oldest();
    body.put("oldest", oldest == null ? null : oldest.toString());
    ctx.contentType("application/json").result(MAPPER.writeValueAsString(body));
  }

  private static Predicate<EnrichedArticle> articleFilter(Query q) {
    ReplayFilter f = ReplayFilter.of(q.topics(), q.countries(), q.sources());
    return f::test;
  }

  private static Predicate<Story> storyFilter(Query q) {
    Set<String> topics = lower(q.topics());
    Set<String> countries = lower(q.countries());
    Set<String> sources = lower(q.sources());
    return s -> anyOf(topics, s.getEventTopics()) && anyOf(countries, s.getCountries()) && anyOf(sources, s.getSources());
  }

  private static Set<String> lower(List<String> values) {
    Set<String> out = new java.util.HashSet<>();
    values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
    return out;
  }

  private static boolean anyOf(Set<String> wanted, List<String> have) {
    if (wanted.isEmpty()) {
      return true;
    }
    for (String h : have) {
      if (wanted.contains(h.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode articleJson(RecentRecords.Entry<EnrichedArticle> e) {
    ObjectNode n = ArticleJson.withArticleContext(EnrichmentJson::toJson).apply(e.value());
    n.put("timestamp", e.timestamp().toString());
    return n;
  }

  private static ObjectNode storyJson(RecentRecords.Entry<Story> e) {
    Story s = e.value();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", s.getId());
    n.put("firstHeadline", s.getFirstHeadline());
    n.put("latestHeadline", s.getLatestHeadline());
    n.put("status", s.getStatus().name());
    n.put("articleCount", s.getArticleCount());
    s.getArticleIds().forEach(n.putArray("articleIds")::add);
    s.getSources().forEach(n.putArray("sources")::add);
    s.getEventTopics().forEach(n.putArray("eventTopics")::add);
    s.getCountries().forEach(n.putArray("countries")::add);
    n.put("firstSeen", s.getFirstSeen().toString());
    n.put("lastSeen", s.getLastSeen().toString());
    n.put("url", s.getUrl());
    n.put("timestamp", e.timestamp().toString());
    return n;
  }

  /** A query parameter that cannot be used, with the parameter's name. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String parameter;

    BadParameter(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }
  }
}
