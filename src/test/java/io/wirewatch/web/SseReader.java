package io.wirewatch.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test client of a Server-Sent Events stream on java.net.http: parses frames ({@code event},
 * {@code id}, {@code data}) and comment lines as they arrive, on a thread of its own, following the
 * event-stream format of the HTML standard (fields "event", "id", "data"; a blank line dispatches;
 * lines starting with ':' are comments).
 */
final class SseReader implements AutoCloseable {
  record Frame(String event, String id, String data) {}

  final int status;
  final String contentType;
  final List<Frame> frames = new CopyOnWriteArrayList<>();
  final List<String> comments = new CopyOnWriteArrayList<>();
  private final InputStream in;
  private final Thread thread;

  private SseReader(HttpResponse<InputStream> response) {
    this.status = response.statusCode();
    this.contentType = response.headers().firstValue("Content-Type").orElse("");
    this.in = response.body();
    this.thread = new Thread(this::read, "sse-reader");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  static SseReader open(HttpClient http, String url, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Accept", "text/event-stream");
    headers.forEach(b::header);
    return new SseReader(http.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  /**
   * Waits for the server's "connected" comment, which it sends once it has subscribed this client
   * to the live feed. The response headers come earlier: an event published between the two goes
   * to no one (a client that must not miss events asks with Last-Event-ID or history).
   */
  SseReader awaitConnected() {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> comments.stream().anyMatch(c -> c.startsWith("connected")));
    return this;
  }

  private void read() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String event = null;
      String id = null;
      List<String> data = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) {
            frames.add(new Frame(event == null ? "message" : event, id, String.join("\n", data)));
          }
          event = null;
          data.clear();
        } else if (line.startsWith(":")) {
          comments.add(line.substring(1).strip());
        } else {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1);
          if (value.startsWith(" ")) {
            value = value.substring(1);
          }
          switch (field) {
            case "event" -> event = value;
            case "id" -> id = value;
            case "data" -> data.add(value);
            default -> { }
          }
        }
      }
    } catch (IOException e) {
      // closed
    }
  }

  List<Frame> frames(String event) {
    return frames.stream().filter(f -> f.event().equals(event)).toList();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
