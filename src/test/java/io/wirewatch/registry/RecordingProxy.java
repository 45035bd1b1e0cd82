package io.wirewatch.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP server in front of a registry: records every request (method, path with query,
 * headers), can answer the first N requests with a failure status, and forwards the rest. With a
 * path prefix, it serves under that prefix only (like a registry behind a gateway).
 */
final class RecordingProxy implements AutoCloseable {
  /** One request as received. */
  record Seen(String method, String pathAndQuery, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final String target;
  private final String prefix;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 503;

  RecordingProxy(String target, String prefix) throws IOException {
    this.target = target;
    this.prefix = prefix;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  RecordingProxy(String target) throws IOException {
    this(target, "");
  }

  /** The base URL clients should use (with the prefix). */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  /** Answers the next {@code count} requests with {@code status} instead of forwarding them. */
  void failNext(int count, int status) {
    failureStatus = status;
    failuresLeft.set(count);
  }

  List<Seen> requests() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String raw = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      seen.add(new Seen(exchange.getRequestMethod(), raw + (query == null ? "" : "?" + query), Map.copyOf(exchange.getRequestHeaders())));
      if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        byte[] body = ("{\"error_code\":" + failureStatus + ",\"message\":\"injected failure\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(failureStatus, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
        return;
      }
      if (!raw.startsWith(prefix)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + raw.substring(prefix.length()) + (query == null ? "" : "?" + query)))
          .method(exchange.getRequestMethod(), requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(requestBody));
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        forward.header("Content-Type", contentType);
      }
      HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
