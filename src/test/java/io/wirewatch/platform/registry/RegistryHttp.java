package io.wirewatch.platform.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A bare HTTP client for the registry's REST API, so tests see exactly what goes over the wire. */
final class RegistryHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String V1 = "application/vnd.schemaregistry.v1+json";

  /** One answer: status, body as text, body as JSON (null when not JSON), response content type. */
  record Answer(int status, String text, JsonNode json, String contentType) {
    int errorCode() {
      return json == null ? -1 : json.path("error_code").asInt(-1);
    }

    String message() {
      return json == null ? "" : json.path("message").asText("");
    }
  }

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  RegistryHttp(String base) {
    this.base = base;
  }

  Answer get(String path) {
    return send("GET", path, null, Map.of());
  }

  Answer post(String path, String body) {
    return send("POST", path, body, Map.of("Content-Type", V1));
  }

  Answer put(String path, String body) {
    return send("PUT", path, body, Map.of("Content-Type", V1));
  }

  Answer delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  /** Registers {@code schema} (a schema text) under {@code subject}. */
  Answer register(String subject, String schema) {
    return post("/subjects/" + subject + "/versions", schemaBody(schema));
  }

  static String schemaBody(String schema) {
    return JSON.createObjectNode().put("schema", schema).toString();
  }

  Answer send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json;
      try {
        json = JSON.readTree(response.body());
      } catch (IOException e) {
        json = null;
      }
      return new Answer(response.statusCode(), response.body(), json, response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A record schema named {@code name} with the given field JSON snippets. */
  static String record(String name, String... fields) {
    return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[" + String.join(",", fields) + "]}";
  }

  /** A field snippet: {@code field("f1", "string")}. */
  static String field(String name, String type) {
    return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}";
  }

  /** A field snippet with a default given as JSON: {@code field("f2", "string", "\"foo\"")}. */
  static String field(String name, String type, String defaultJson) {
    return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"default\":" + defaultJson + "}";
  }
}
