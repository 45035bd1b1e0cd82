package io.wirewatch.alert.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A real HTTP receiver on 127.0.0.1 that records every request and answers as told: 200 by default,
 * or whatever {@link #respondWith} says (a status, headers, or no answer until a delay has passed).
 */
public final class RecordingWebhookServer implements AutoCloseable {
  /** One received request. */
  public record Received(String path, Map<String, String> headers, byte[] body, long receivedNanos) {
    public String header(String name) {
      return headers.get(name.toLowerCase());
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** How to answer one request. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply status(int s) {
      return new Reply(s, Map.of(), "");
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<Function<Received, Reply>> responder =
      new AtomicReference<>(r -> Reply.status(200));

  public RecordingWebhookServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(", ", v)));
      Received r = new Received(exchange.getRequestURI().getPath(), headers, body, System.nanoTime());
      Reply reply = responder.get().apply(r);
      if (reply.status() >= 200 && reply.status() < 300) {
        received.add(r);
      } else {
        failed.add(r);
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(out);
        }
      }
      exchange.close();
    });
    server.start();
  }

  private final List<Received> failed = new CopyOnWriteArrayList<>();

  /** Changes how the next requests are answered. */
  public void respondWith(Function<Received, Reply> f) {
    responder.set(f);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Requests answered with 2xx. */
  public List<Received> accepted() {
    return new ArrayList<>(received);
  }

  /** Requests answered with anything else. */
  public List<Received> refused() {
    return new ArrayList<>(failed);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
