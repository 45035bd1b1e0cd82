package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.wirewatch.http.JsonErrors;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live routes, over a {@link LiveFeed}:
 *
 * <ul>
 *   <li>{@code GET /api/stream} — Server-Sent Events: {@code event: article|alert|story|surge},
 *       {@code id: <topic>:<partition>:<offset>}, {@code data:} one line of JSON. Query parameters
 *       {@code topic} and {@code country} filter (repeatable or comma-separated; any of the topics
 *       and any of the countries); {@code history=N} first sends the last N matching events. A
 *       {@code Last-Event-ID} header (or {@code lastEventId} parameter) resumes after that event:
 *       the events the ring still holds after it are sent first. A comment line keeps idle
 *       connections open. 406 without {@code Accept: text/event-stream}; 400 for a bad filter.
 *   <li>{@code GET /api/live/stats} — counts per event topic and country over the last hour and
 *       day, and the active surges.
 *   <li>{@code GET /api/live/articles/{id}} — an article the feed still holds, with its evidence (the
 *       dashboard's evidence view {@code /#/articles/<id>} opens it when it is not on the page).
 *   <li>{@code GET /api/live/stories/{id}} — a story and the articles of it the feed has seen.
 * </ul>
 */
public final class StreamRoutes implements Consumer<JavalinConfig>, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StreamRoutes.class);
  public static final String STREAM = "/api/stream";
  /** A client that falls this many events behind is disconnected; it resumes with Last-Event-ID. */
  static final int CLIENT_QUEUE = 2_000;

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  static {
    Gauge.builder("wirewatch.web.sse.clients", CLIENTS, AtomicInteger::get)
        .description("Connected live-feed (SSE) clients").register(Metrics.globalRegistry);
  }

  private final LiveFeed feed;
  private final Duration keepAlive;
  private final AtomicInteger sessions = new AtomicInteger();
  private volatile boolean closed;
  private final SseHandler sse;

  public StreamRoutes(LiveFeed feed) {
    this(feed, Duration.ofSeconds(15));
  }

  /** @param keepAlive how long a connection may stay silent before a keep-alive comment is sent */
  public StreamRoutes(LiveFeed feed, Duration keepAlive) {
    this.feed = feed;
    this.keepAlive = keepAlive;
    this.sse = new SseHandler(this::session);
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.get(STREAM, this::stream);
    config.routes.get("/api/live/stats", ctx -> ctx.json(feed.stats()));
    config.routes.get("/api/live/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      var article = feed.article(id);
      if (article.isEmpty()) {
        JsonErrors.write(ctx, 404, "no article '" + id + "' in the live feed (it may be older than the feed keeps):"
            + " find it with GET /api/articles or `wirewatch replay`", List.of());
      } else {
        ctx.json(article.get());
      }
    });
    config.routes.get("/api/live/stories/{id}", ctx -> {
      String id = ctx.pathParam("id");
      var story = feed.story(id);
      if (story.isEmpty()) {
        JsonErrors.write(ctx, 404, "no story '" + id + "' in the live feed (it may be older than the feed keeps)",
            List.of());
      } else {
        ctx.json(story.get());
      }
    });
  }

  private record Request(FeedFilter filter, String lastEventId, int history) {}

  private static final String REQUEST = "wirewatch.stream.request";

  private void stream(Context ctx) throws Exception {
    String accept = ctx.header("Accept");
    if (accept == null || !accept.contains("text/event-stream")) {
      JsonErrors.write(ctx, 406, "this is a Server-Sent Events stream: send 'Accept: text/event-stream' "
          + "(a browser's EventSource does)", List.of());
      return;
    }
    FeedFilter filter;
    try {
      filter = FeedFilter.parse(ctx.queryParams("topic"), ctx.queryParams("country"));
    } catch (FeedFilter.InvalidFilter e) {
      JsonErrors.write(ctx, 400, "bad filter: " + e.getMessage(), e.problems());
      return;
    }
    int history = 0;
    String h = ctx.queryParam("history");
    if (h != null && !h.isBlank()) {
      try {
        history = Integer.parseInt(h.strip());
      } catch (NumberFormatException e) {
        history = -1;
      }
      if (history < 0) {
        JsonErrors.write(ctx, 400, "history must be a whole number >= 0 (how many recent events to send first), got '"
            + h + "'", List.of());
        return;
      }
    }
    String last = ctx.header("Last-Event-ID");
    if (last == null || last.isBlank()) {
      last = ctx.queryParam("lastEventId");
    }
    ctx.attribute(REQUEST, new Request(filter, last == null || last.isBlank() ? null : last.strip(), history));
    sse.handle(ctx);
  }

  /** Runs for the whole life of one SSE connection, on Javalin's async executor. */
  private void session(SseClient client) {
    Request req = client.ctx().attribute(REQUEST);
    BlockingQueue<FeedEvent> queue = new ArrayBlockingQueue<>(CLIENT_QUEUE);
    AtomicBoolean overflow = new AtomicBoolean();
    Runnable unsubscribe = feed.subscribe(e -> {
      if (req.filter().matches(e) && !queue.offer(e)) {
        overflow.set(true);
      }
    });
    CLIENTS.incrementAndGet();
    sessions.incrementAndGet();
    try {
      long lastSent = 0;
      List<FeedEvent> first = req.lastEventId() != null
          ? feed.after(req.lastEventId()).stream().filter(req.filter()::matches).toList()
          : feed.recent(req.history(), req.filter());
      client.sendComment("connected; filter topics=" + req.filter().topics() + " countries="
          + req.filter().countries());
      for (FeedEvent e : first) {
        send(client, e);
        lastSent = Math.max(lastSent, e.seq());
      }
      long silentSince = System.nanoTime();
      while (!client.terminated() && !feed.isClosed() && !closed && !overflow.get()) {
        FeedEvent e = queue.poll(Math.min(1000, keepAlive.toMillis()), TimeUnit.MILLISECONDS);
        if (e != null) {
          if (e.seq() > lastSent) { // already sent by the replay when it raced with subscription
            send(client, e);
            lastSent = e.seq();
          }
          silentSince = System.nanoTime();
        } else if (System.nanoTime() - silentSince >= keepAlive.toNanos()) {
          client.sendComment("keep-alive");
          silentSince = System.nanoTime();
        }
      }
      if (overflow.get()) {
        log.info("live-feed client {} fell {} events behind: disconnected, it will resume", client.ctx().ip(),
            CLIENT_QUEUE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the client went away between two writes (Jetty recycles the response): nothing to answer
      log.debug("live-feed client gone: {}", e.toString());
    } finally {
      unsubscribe.run();
      CLIENTS.decrementAndGet();
      sessions.decrementAndGet();
      try {
        client.close();
      } catch (RuntimeException e) {
        log.debug("closing a live-feed client that is already gone: {}", e.toString());
      }
    }
  }

  /**
   * Ends every open stream (clients reconnect, to this or another server, with Last-Event-ID) and
   * waits up to two seconds for them to finish. {@link WebServer#close()} calls it before stopping.
   */
  @Override
  public void close() {
    closed = true;
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (sessions.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void send(SseClient client, FeedEvent e) {
    client.sendEvent(e.kind().eventName(), e.json(), e.id());
  }
}
