package io.wirewatch.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.http.JsonErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/articles}: a JSON article, a JSON array of articles, or a ninjs document.
 *
 * <ul>
 *   <li>202 {@code {"accepted": [{item, id, revision, status}], "rejected": [...]}} — status is
 *       {@code posted} or {@code unchanged} (already posted with the same content);
 *   <li>400 malformed JSON or not an object/array; 401 without {@code Authorization: Bearer
 *       <token>} when a token is configured; 413 above the size limit; 415 not JSON;
 *   <li>422 an item lacks a headline or body or has a bad field ({@code details} names the item
 *       index and field); in an array, valid items are still accepted unless {@code ?atomic=true},
 *       which accepts nothing when any item is invalid; an array with no valid item is a 422;
 *   <li>503 when Kafka did not acknowledge the accepted articles in time (the client may retry:
 *       the ids are stable, so a retry never duplicates).
 * </ul>
 *
 * Every rejection is decided before anything is sent: a rejected request writes nothing.
 */
public final class ArticleIngestRoutes implements Consumer<JavalinConfig> {
  private static final Logger log = LoggerFactory.getLogger(ArticleIngestRoutes.class);

  /** Default request size limit. */
  public static final long DEFAULT_MAX_BYTES = 1024 * 1024;
  public static final String PATH = "/api/articles";

  private final ArticleProducer producer;
  private final IngestStats stats;
  private final long maxBytes;
  private final byte[] token; // null: no authentication
  private final Duration ackTimeout;

  /**
   * @param token the ingest token clients must send as a bearer token, or null for none
   */
  public ArticleIngestRoutes(ArticleProducer producer, IngestStats stats, long maxBytes, String token) {
    this(producer, stats, maxBytes, token, Duration.ofSeconds(30));
  }

  public ArticleIngestRoutes(ArticleProducer producer, IngestStats stats, long maxBytes, String token,
      Duration ackTimeout) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("max request size must be > 0, got " + maxBytes);
    }
    this.producer = producer;
    this.stats = stats;
    this.maxBytes = maxBytes;
    this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void accept(JavalinConfig config) {
    // Javalin's own limit applies to ctx.body(); we read the stream ourselves with ours, but keep
    // Javalin's at least as high so it never answers first without our JSON body.
    config.http.maxRequestSize = Math.max(config.http.maxRequestSize, maxBytes + 1);
    config.routes.post(PATH, this::post);
  }

  private record Item(int index, RawArticle article) {}

  void post(Context ctx) {
    if (token != null && !authorised(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"wirewatch\"");
      JsonErrors.write(ctx, 401, "missing or wrong ingest token: send 'Authorization: Bearer <token>'",
          List.of());
      return;
    }
    String contentType = ctx.header("Content-Type");
    if (!isJson(contentType)) {
      JsonErrors.write(ctx, 415, "content type must be application/json, got "
          + (contentType == null ? "none" : "'" + contentType + "'"), List.of());
      return;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      tooLarge(ctx, declared);
      return;
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      JsonErrors.write(ctx, 400, "could not read the request body: " + e.getMessage(), List.of());
      return;
    }
    if (bytes.length > maxBytes) {
      tooLarge(ctx, -1);
      return;
    }
    JsonNode root;
    try {
      root = JsonArticles.mapper().readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonErrors.write(ctx, 400, "malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")"), List.of());
      return;
    } catch (IOException e) {
      JsonErrors.write(ctx, 400, "malformed JSON: " + e.getMessage(), List.of());
      return;
    }
    if (root == null || root.isMissingNode() || !(root.isObject() || root.isArray())) {
      JsonErrors.write(ctx, 400, "expected a JSON article object, an array of them, or a ninjs document",
          List.of());
      return;
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
    } else {
      nodes.add(root);
    }
    if (nodes.isEmpty()) {
      JsonErrors.write(ctx, 422, "the array holds no articles", List.of());
      return;
    }

    List<Item> valid = new ArrayList<>();
    List<Map<String, Object>> rejected = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      try {
        RawArticle a = JsonArticles.fromNode(nodes.get(i), SourceFormat.HTTP, "http");
        if (a.problemField() != null) {
          rejected.add(problem(i, a.problemField(), a.problem()));
        } else {
          valid.add(new Item(i, a));
        }
      } catch (JsonArticles.InvalidField e) {
        rejected.add(problem(i, fieldOf(e.getMessage()), e.getMessage()));
      }
    }
    boolean atomic = "true".equalsIgnoreCase(ctx.queryParam("atomic"));
    if (valid.isEmpty() || (atomic && !rejected.isEmpty())) {
      for (var r : rejected) {
        stats.read();
        stats.skipped("invalid article");
      }
      String message = nodes.size() == 1
          ? "the article is invalid: " + rejected.get(0).get("message")
          : rejected.size() + " of " + nodes.size() + " articles are invalid"
              + (atomic && !valid.isEmpty() ? " and atomic=true: nothing was accepted" : "");
      JsonErrors.write(ctx, 422, message, rejected);
      return;
    }

    List<Map<String, Object>> accepted = new ArrayList<>();
    List<CompletableFuture<Void>> deliveries = new ArrayList<>();
    for (Item item : valid) {
      stats.read();
      ArticleProducer.Result r = producer.submit(item.article());
      if (r.outcome() == ArticleProducer.Outcome.POSTED) {
        stats.posted();
      } else {
        stats.unchanged();
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("item", item.index());
      m.put("id", r.id());
      m.put("revision", r.revision());
      m.put("status", r.outcome() == ArticleProducer.Outcome.POSTED ? "posted" : "unchanged");
      accepted.add(m);
      deliveries.add(r.delivered());
    }
    rejected.forEach(r -> {
      stats.read();
      stats.skipped("invalid article");
    });
    producer.flush();
    String failure = awaitDelivery(deliveries);
    if (failure != null) {
      JsonErrors.write(ctx, 503, "Kafka did not acknowledge the articles (" + failure
          + "): retry later; ids are stable, so a retry does not duplicate", accepted);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accepted", accepted);
    body.put("rejected", rejected);
    try {
      ctx.status(202).contentType("application/json")
          .result(JsonArticles.mapper().writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String awaitDelivery(List<CompletableFuture<Void>> deliveries) {
    try {
      CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
          .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return null;
    } catch (ExecutionException e) {
      log.warn("articles posted over HTTP were not acknowledged: {}", e.getCause().toString());
      return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
    } catch (TimeoutException e) {
      return "no answer within " + ackTimeout.toSeconds() + " s";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private void tooLarge(Context ctx, long declared) {
    JsonErrors.write(ctx, 413, "request body " + (declared > 0 ? "of " + declared + " bytes " : "")
        + "is above the limit of " + maxBytes + " bytes: send fewer articles per request", List.of());
  }

  private boolean authorised(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token); // constant time
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
  }

  private static Map<String, Object> problem(int index, String field, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", index);
    m.put("field", field);
    m.put("message", "item " + index + ": " + message);
    return m;
  }

  /** The field an {@link JsonArticles.InvalidField} message names ('headline' must be ...). */
  private static String fieldOf(String message) {
    int a = message.indexOf('\'');
    int b = a < 0 ? -1 : message.indexOf('\'', a + 1);
    return b > a ? message.substring(a + 1, b) : null;
  }
}
