package io.wirewatch.web.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.wirewatch.http.JsonErrors;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The guard in front of every route of the HTTP server: tokens and scopes ({@link AccessRules}),
 * request rates, the live-feed connection bounds, and size and depth limits on request headers and
 * JSON bodies. Add it as the first of a role's routes:
 *
 * <pre>{@code
 * routes.add(0, new WebGuard(ApiTokens.load(file, System::getenv), WebGuard.Limits.defaults()));
 * }</pre>
 *
 * Every refusal is the server's JSON error ({@code {"error", "status", "details"}}) naming the rule
 * and the fix: 401 without a (known) token, 403 with a token of the wrong scope, 413 for a body or
 * 431 for headers beyond the limits, 400 for JSON nested too deep, 429 with {@code Retry-After}
 * above the rate or the live-feed bounds. Thread-safe.
 */
public final class WebGuard implements Consumer<JavalinConfig> {
  private static final String SSE_PERMIT = "wirewatch.sse-permit";
  private static final String STREAM = "/api/stream";
  private static final String INGEST = "/api/articles";

  /**
   * @param sseTotal live-feed connections at once, all clients together
   * @param ssePerAddress live-feed connections at once from one address
   * @param writesPerMinute POST/PUT/PATCH/DELETE requests a minute from one address (bursts allowed)
   * @param maxHeaderBytes request line and headers together (Jetty answers 431 above it)
   * @param maxJsonBytes JSON bodies of routes other than POST /api/articles (which has its own limit)
   * @param maxJsonDepth nesting of those bodies
   * @param bodyIdleTimeout a request whose body stops arriving for this long is dropped (slow bodies)
   */
  public record Limits(int sseTotal, int ssePerAddress, int writesPerMinute, int maxHeaderBytes, int maxJsonBytes,
      int maxJsonDepth, Duration bodyIdleTimeout) {
    public static Limits defaults() {
      return new Limits(200, 8, 60, 8 * 1024, 64 * 1024, 16, Duration.ofSeconds(20));
    }

    public Limits withWritesPerMinute(int n) {
      return new Limits(sseTotal, ssePerAddress, n, maxHeaderBytes, maxJsonBytes, maxJsonDepth, bodyIdleTimeout);
    }

    public Limits withSse(int total, int perAddress) {
      return new Limits(total, perAddress, writesPerMinute, maxHeaderBytes, maxJsonBytes, maxJsonDepth, bodyIdleTimeout);
    }

    public Limits withBodyIdleTimeout(Duration d) {
      return new Limits(sseTotal, ssePerAddress, writesPerMinute, maxHeaderBytes, maxJsonBytes, maxJsonDepth, d);
    }
  }

  private final ApiTokens tokens;
  private final Limits limits;
  private final RequestRate rate;
  private final JsonFactory json;
  private final AtomicInteger sseOpen = new AtomicInteger();
  private final Map<String, AtomicInteger> ssePerAddress = new ConcurrentHashMap<>();

  public WebGuard(ApiTokens tokens, Limits limits) {
    this.tokens = tokens;
    this.limits = limits;
    this.rate = new RequestRate(limits.writesPerMinute(), System::nanoTime);
    this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxJsonDepth()).build()).build();
  }

  /** True when the API requires tokens. */
  public boolean requiresTokens() {
    return tokens.present();
  }

  @Override
  public void accept(JavalinConfig config) {
    config.jetty.modifyHttpConfiguration(http -> {
      http.setRequestHeaderSize(limits.maxHeaderBytes());
      http.setIdleTimeout(limits.bodyIdleTimeout().toMillis());
    });
    config.routes.before(this::check);
    // Javalin runs after-handlers once the stream's future completes, i.e. when the client is gone
    config.routes.after(STREAM, ctx -> {
      Object permit = ctx.req().getAttribute(SSE_PERMIT);
      if (permit instanceof String address) {
        ctx.req().removeAttribute(SSE_PERMIT);
        releaseSse(address);
      }
    });
  }

  private void check(Context ctx) {
    String method = ctx.method().name();
    String path = ctx.path();
    if (!authorised(ctx, method, path)) {
      ctx.skipRemainingHandlers();
      return;
    }
    boolean write = Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
    if (write) {
      Duration wait = rate.take(ctx.ip());
      if (!wait.isZero()) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        JsonErrors.write(ctx, 429, "too many requests from " + ctx.ip() + ": at most " + limits.writesPerMinute()
            + " POST/PUT/PATCH/DELETE a minute per address; retry after " + seconds + " s", List.of());
        ctx.skipRemainingHandlers();
        return;
      }
      if (!path.equals(INGEST) && !bodyWithinLimits(ctx)) {
        ctx.skipRemainingHandlers();
        return;
      }
    }
    if (method.equals("GET") && path.equals(STREAM) && acceptsEvents(ctx) && !admitSse(ctx)) {
      ctx.skipRemainingHandlers();
    }
  }

  private boolean authorised(Context ctx, String method, String path) {
    if (!tokens.present()) {
      return true;
    }
    Optional<Scope> need = AccessRules.required(method, path);
    if (need.isEmpty()) {
      return true;
    }
    String scope = need.get().label();
    String token = bearer(ctx.header("Authorization"));
    if (token == null && path.equals(STREAM)) {
      token = ctx.queryParam("access_token"); // EventSource cannot send headers
    }
    if (token == null || token.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"wirewatch\", scope=\"" + scope + "\"");
      JsonErrors.write(ctx, 401, method + " " + path + " needs a token with scope '" + scope
          + "': send 'Authorization: Bearer <token>' (the dashboard asks for one); the operator issues tokens",
          List.of(Map.of("scope", scope)));
      return false;
    }
    Set<Scope> has = tokens.scopesOf(token);
    if (has.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"wirewatch\", error=\"invalid_token\"");
      JsonErrors.write(ctx, 401, "the token is not valid here: check it for typos, or ask the operator for a "
          + "token with scope '" + scope + "'", List.of(Map.of("scope", scope)));
      return false;
    }
    if (!has.contains(need.get())) {
      String labels = String.join(", ", has.stream().map(Scope::label).sorted().toList());
      JsonErrors.write(ctx, 403, "this token has scope " + labels + ", but " + method + " " + path + " needs '"
          + scope + "': use a token with scope '" + scope + "'", List.of(Map.of("scope", scope, "has", labels)));
      return false;
    }
    return true;
  }

  private boolean bodyWithinLimits(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limits.maxJsonBytes()) {
      JsonErrors.write(ctx, 413, "request body of " + declared + " bytes is larger than the " + limits.maxJsonBytes()
          + " bytes this route accepts: send a smaller body", List.of());
      return false;
    }
    byte[] body = ctx.bodyAsBytes(); // read once and kept by Javalin: the route reads the same bytes
    if (body.length > limits.maxJsonBytes()) {
      JsonErrors.write(ctx, 413, "request body of " + body.length + " bytes is larger than the "
          + limits.maxJsonBytes() + " bytes this route accepts: send a smaller body", List.of());
      return false;
    }
    if (body.length > 0 && !depthWithinLimit(ctx, body)) {
      return false;
    }
    return true;
  }

  private boolean depthWithinLimit(Context ctx, byte[] body) {
    try (JsonParser p = json.createParser(body)) {
      while (p.nextToken() != null) {
        // only the structure matters: the route parses the body itself
      }
      return true;
    } catch (StreamConstraintsException e) {
      JsonErrors.write(ctx, 400, "JSON nested deeper than " + limits.maxJsonDepth()
          + " levels: subscriptions and other API bodies are flat objects; send one", List.of());
      return false;
    } catch (IOException e) {
      return true; // malformed JSON: the route says what is wrong with it
    }
  }

  private boolean admitSse(Context ctx) {
    String address = ctx.ip();
    AtomicInteger mine = ssePerAddress.computeIfAbsent(address, a -> new AtomicInteger());
    if (sseOpen.incrementAndGet() > limits.sseTotal()) {
      sseOpen.decrementAndGet();
      ctx.header("Retry-After", "10");
      JsonErrors.write(ctx, 429, "the server already serves " + limits.sseTotal()
          + " live-feed connections: retry later (the dashboard reconnects by itself)", List.of());
      return false;
    }
    if (mine.incrementAndGet() > limits.ssePerAddress()) {
      mine.decrementAndGet();
      sseOpen.decrementAndGet();
      ctx.header("Retry-After", "10");
      JsonErrors.write(ctx, 429, "address " + address + " already has " + limits.ssePerAddress()
          + " live-feed connections open: close one (another tab?) and retry", List.of());
      return false;
    }
    ctx.req().setAttribute(SSE_PERMIT, address);
    return true;
  }

  private void releaseSse(String address) {
    sseOpen.decrementAndGet();
    AtomicInteger mine = ssePerAddress.get(address);
    if (mine != null && mine.decrementAndGet() <= 0) {
      ssePerAddress.remove(address, mine);
    }
  }

  /** Live-feed connections open now (for tests and metrics). */
  public int liveFeedConnections() {
    return sseOpen.get();
  }

  private static boolean acceptsEvents(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
  }

  private static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.strip();
    return h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
  }
}
