package io.wirewatch.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.registry.SchemaRegistryException.IncompatibleSchemaException;
import io.wirewatch.registry.SchemaRegistryException.InvalidSchemaException;
import io.wirewatch.registry.SchemaRegistryException.RegistryUnreachableException;
import io.wirewatch.registry.SchemaRegistryException.SchemaNotFoundException;
import io.wirewatch.registry.SchemaRegistryException.SubjectNotFoundException;
import io.wirewatch.registry.SchemaRegistryException.VersionNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SchemaRegistryClient} over HTTP with the JDK's {@link HttpClient}. Sends {@code
 * Content-Type: application/vnd.schemaregistry.v1+json} on every request, ignores unknown response
 * fields, treats HTTP 409 as "incompatible" whatever the error code, fails over between URLs and
 * retries connection errors, 408, 429 and 5xx by its {@link RetryPolicy}.
 *
 * <p>Caches forever: id → schema text, and (subject, schema, normalize) → id. Thread-safe.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  static final String ACCEPT = "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final RegistryClientConfig config;
  private final HttpClient http;
  /** Index of the URL that answered last; the next request starts there. */
  private final AtomicInteger preferred = new AtomicInteger();
  private final Map<Integer, String> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

  public HttpSchemaRegistryClient(RegistryClientConfig config) {
    this.config = config;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** A client from Confluent-style properties ({@code schema.registry.url} and friends). */
  public static HttpSchemaRegistryClient fromConfig(Map<String, ?> properties) {
    return new HttpSchemaRegistryClient(RegistryClientConfig.fromMap(properties));
  }

  // ---------------------------------------------------------------- API

  @Override
  public int register(String subject, String schema, boolean normalize) {
    String key = cacheKey(subject, schema, normalize);
    Integer cached = idsBySubjectSchema.get(key);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = call("POST", "/subjects/" + encode(subject) + "/versions?normalize=" + normalize, schemaBody(schema), subject);
    int id = answer.path("id").asInt();
    idsBySubjectSchema.put(key, id);
    if (!answer.hasNonNull("schema")) {
      schemasById.putIfAbsent(id, schema);
    }
    return id;
  }

  @Override
  public RegisteredSchema lookup(String subject, String schema, boolean normalize, boolean deleted) {
    JsonNode answer =
        call("POST", "/subjects/" + encode(subject) + "?normalize=" + normalize + "&deleted=" + deleted, schemaBody(schema), subject);
    RegisteredSchema found = registered(answer, subject);
    idsBySubjectSchema.putIfAbsent(cacheKey(subject, schema, normalize), found.id());
    return found;
  }

  @Override
  public String schemaById(int id) {
    String cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    String schema = call("GET", "/schemas/ids/" + id, null, null).path("schema").asText();
    schemasById.put(id, schema);
    return schema;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return registered(call("GET", "/subjects/" + encode(subject) + "/versions/latest", null, subject), subject);
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return registered(call("GET", "/subjects/" + encode(subject) + "/versions/" + version, null, subject), subject);
  }

  @Override
  public List<Integer> versions(String subject) {
    List<Integer> out = new ArrayList<>();
    call("GET", "/subjects/" + encode(subject) + "/versions", null, subject).forEach(v -> out.add(v.asInt()));
    return out;
  }

  @Override
  public List<String> subjects() {
    List<String> out = new ArrayList<>();
    call("GET", "/subjects", null, null).forEach(s -> out.add(s.asText()));
    return out;
  }

  @Override
  public CompatibilityCheck testCompatibility(String subject, String schema, String version) {
    String path = "/compatibility/subjects/" + encode(subject) + "/versions" + (version == null ? "" : "/" + encode(version)) + "?verbose=true";
    JsonNode answer = call("POST", path, schemaBody(schema), subject);
    List<String> messages = new ArrayList<>();
    answer.path("messages").forEach(m -> messages.add(m.asText()));
    return new CompatibilityCheck(answer.path("is_compatible").asBoolean(false), messages);
  }

  @Override
  public CompatibilityLevel globalCompatibility() {
    return level(call("GET", "/config", null, null));
  }

  @Override
  public void setGlobalCompatibility(CompatibilityLevel level) {
    call("PUT", "/config", JSON.createObjectNode().put("compatibility", level.name()), null);
  }

  @Override
  public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    try {
      return Optional.of(level(call("GET", "/config/" + encode(subject), null, subject)));
    } catch (SchemaRegistryException e) {
      // 40408 since mid-2021; older registries said 40401 for "no subject-level config".
      if (e.status() == 404 && (e.errorCode() == 40408 || e.errorCode() == 40401)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
    call("PUT", "/config/" + encode(subject), JSON.createObjectNode().put("compatibility", level.name()), subject);
  }

  @Override
  public void deleteSubjectCompatibility(String subject) {
    call("DELETE", "/config/" + encode(subject), null, subject);
  }

  @Override
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    List<Integer> out = new ArrayList<>();
    call("DELETE", "/subjects/" + encode(subject) + "?permanent=" + permanent, null, subject).forEach(v -> out.add(v.asInt()));
    idsBySubjectSchema.keySet().removeIf(k -> k.startsWith(subject + "\u0000"));
    return out;
  }

  @Override
  public int deleteVersion(String subject, int version, boolean permanent) {
    int deleted = call("DELETE", "/subjects/" + encode(subject) + "/versions/" + version + "?permanent=" + permanent, null, subject).asInt();
    idsBySubjectSchema.keySet().removeIf(k -> k.startsWith(subject + "\u0000"));
    return deleted;
  }

  @Override
  public void close() {
    // HttpClient has no close() before Java 21; its threads are daemons and end with it.
  }

  // ---------------------------------------------------------------- plumbing

  private static String cacheKey(String subject, String schema, boolean normalize) {
    return subject + "\u0000" + normalize + "\u0000" + schema;
  }

  /** Percent-encodes one path segment (a subject may contain '/', '+', spaces…). */
  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ObjectNode schemaBody(String schema) {
    return JSON.createObjectNode().put("schema", schema);
  }

  private static CompatibilityLevel level(JsonNode answer) {
    String text = answer.path("compatibilityLevel").asText(answer.path("compatibility").asText(null));
    return CompatibilityLevel.parse(text)
        .orElseThrow(() -> new SchemaRegistryException("the registry answered an unknown compatibility level '" + text + "'", 200, 0, null));
  }

  private static RegisteredSchema registered(JsonNode answer, String subject) {
    List<SchemaReference> refs = new ArrayList<>();
    for (JsonNode ref : answer.path("references")) {
      refs.add(new SchemaReference(ref.path("name").asText(), ref.path("subject").asText(), ref.path("version").asInt()));
    }
    return new RegisteredSchema(
        answer.path("subject").asText(subject),
        answer.path("version").asInt(),
        answer.path("id").asInt(),
        answer.path("schema").asText(),
        refs);
  }

  /**
   * Sends one request, failing over between URLs and retrying by the policy. Returns the parsed
   * JSON of a 2xx answer; throws a typed exception otherwise.
   */
  private JsonNode call(String method, String pathAndQuery, JsonNode body, String subject) {
    List<URI> urls = config.urls();
    RetryPolicy retry = config.retry();
    byte[] payload = body == null ? null : writeJson(body);
    List<String> failures = new ArrayList<>();
    for (int round = 0; round <= retry.maxRetries(); round++) {
      if (round > 0) {
        try {
          retry.sleeper().sleep(retry.waitBefore(round));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RegistryUnreachableException("interrupted while retrying the schema registry at " + config.describeUrls(), e);
        }
      }
      int start = preferred.get();
      for (int i = 0; i < urls.size(); i++) {
        int index = (start + i) % urls.size();
        URI base = urls.get(index);
        HttpResponse<byte[]> response;
        try {
          response = http.send(request(base, method, pathAndQuery, payload), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
          failures.add(base + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RegistryUnreachableException("interrupted while calling the schema registry at " + base, e);
        }
        int status = response.statusCode();
        if (RetryPolicy.retriable(status)) {
          failures.add(base + ": HTTP " + status + " " + errorText(response.body()));
          continue;
        }
        preferred.set(index);
        if (status >= 200 && status < 300) {
          return readJson(response.body(), base);
        }
        throw failure(status, response.body(), base, method, pathAndQuery, subject);
      }
    }
    throw new RegistryUnreachableException(
        "couldn't reach the schema registry at " + config.describeUrls() + " after " + (retry.maxRetries() + 1)
            + " round(s): " + String.join("; ", failures.subList(Math.max(0, failures.size() - urls.size()), failures.size()))
            + " (is it running? check --schema-registry-url, or schema.registry.url in --client-config)",
        null);
  }

  private HttpRequest request(URI base, String method, String pathAndQuery, byte[] payload) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base.toString() + pathAndQuery))
            .timeout(config.requestTimeout())
            .header("Content-Type", CONTENT_TYPE)
            .header("Accept", ACCEPT)
            .header("Confluent-Accept-Unknown-Properties", "true")
            .method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
    config.authorization().ifPresent(value -> builder.header("Authorization", value));
    return builder.build();
  }

  private static byte[] writeJson(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static JsonNode readJson(byte[] body, URI base) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new SchemaRegistryException(
          "the schema registry at " + base + " answered something that is not JSON: " + errorText(body), 200, 0, e);
    }
  }

  private static String errorText(byte[] body) {
    if (body == null || body.length == 0) {
      return "(no body)";
    }
    try {
      JsonNode error = JSON.readTree(body);
      if (error != null && error.hasNonNull("message")) {
        return error.get("message").asText();
      }
    } catch (IOException e) {
      // not JSON: show the text itself
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static SchemaRegistryException failure(int status, byte[] body, URI base, String method, String path, String subject) {
    int code = 0;
    try {
      JsonNode error = JSON.readTree(body);
      if (error != null) {
        code = error.path("error_code").asInt(0);
      }
    } catch (IOException e) {
      // keep code 0
    }
    String message = errorText(body);
    String about = subject == null ? "" : " for subject " + subject;
    if (status == 409) {
      return new IncompatibleSchemaException(
          "schema for subject " + subject + " is incompatible with its latest version: " + message, status, code);
    }
    if (status == 401 || status == 403) {
      return new SchemaRegistryException(
          "the schema registry at " + base + " refused the credentials (HTTP " + status + "): " + message
              + " (check basic.auth.user.info or bearer.auth.token)",
          status, code, null);
    }
    return switch (code) {
      case 40401 -> new SubjectNotFoundException("subject " + subject + " not found in the schema registry at " + base + ": " + message, status, code);
      case 40402 -> new VersionNotFoundException("version not found" + about + " in the schema registry at " + base + ": " + message, status, code);
      case 40403 -> new SchemaNotFoundException("schema not found" + about + " in the schema registry at " + base + ": " + message, status, code);
      case 42201 -> new InvalidSchemaException("invalid schema" + about + ": " + message, status, code);
      default -> new SchemaRegistryException(
          "the schema registry at " + base + " refused " + method + " " + path + " (HTTP " + status
              + (code == 0 ? "" : ", error " + code) + "): " + message,
          status, code, null);
    };
  }
}
