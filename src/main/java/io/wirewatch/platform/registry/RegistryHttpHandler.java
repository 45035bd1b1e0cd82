package io.wirewatch.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wirewatch.registry.CompatibilityLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent-compatible REST API over {@link RegistryService}: routing, content types, JSON
 * shapes and the {@code {"error_code":…,"message":…}} body on every error, unknown routes
 * included. Responses use the classic field set; a few newer fields ({@code deleted}) are added
 * when the client sends {@code Confluent-Accept-Unknown-Properties: true}.
 */
final class RegistryHttpHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
  static final String SR_JSON = "application/vnd.schemaregistry+json";
  static final String PLAIN_JSON = "application/json";
  private static final List<String> ACCEPTED_BODIES = List.of(V1_JSON, SR_JSON, PLAIN_JSON, "application/octet-stream");
  /** The alias a Confluent client uses for the default context's global config and mode. */
  private static final String GLOBAL_CONTEXT_ALIAS = ":.:";

  private final RegistryService service;

  RegistryHttpHandler(RegistryService service) {
    this.service = service;
  }

  /** What a route returns: a JSON tree, or raw text (the bare schema endpoints). */
  private record Reply(JsonNode json, String raw) {
    static Reply of(JsonNode json) {
      return new Reply(json, null);
    }
  }

  /** One request, decoded. */
  private record Call(String method, List<String> path, Map<String, String> query, HttpExchange exchange) {
    boolean flag(String name) {
      String value = query.get(name);
      return value != null && value.trim().equalsIgnoreCase("true");
    }

    String param(String name) {
      return query.get(name);
    }

    int intParam(String name, int fallback) {
      String value = query.get(name);
      if (value == null || value.isBlank()) {
        return fallback;
      }
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new RegistryException(400, 400, "Query parameter " + name + " must be an integer, got '" + value + "'");
      }
    }

    boolean newerFields() {
      return "true".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Confluent-Accept-Unknown-Properties"));
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String contentType = negotiate(exchange.getRequestHeaders().getFirst("Accept"));
    try (exchange) {
      int status;
      byte[] body;
      String type = contentType;
      try {
        Call call = decode(exchange);
        Reply reply = route(call);
        status = 200;
        if (reply.raw() != null) {
          body = reply.raw().getBytes(StandardCharsets.UTF_8);
        } else {
          body = JSON.writeValueAsBytes(reply.json());
        }
      } catch (RegistryException e) {
        status = e.status();
        body = errorBody(e.errorCode(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.error("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        status = 500;
        body = errorBody(500, "Internal Server Error");
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-cache, no-store, must-revalidate");
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static byte[] errorBody(int code, String message) throws JsonProcessingException {
    ObjectNode error = NODES.objectNode();
    error.put("error_code", code);
    error.put("message", message);
    return JSON.writeValueAsBytes(error);
  }

  /** Picks the response type from an Accept header, preferring the registry's own type. */
  static String negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return V1_JSON;
    }
    String lower = accept.toLowerCase(Locale.ROOT);
    if (lower.contains(V1_JSON) || lower.contains("*/*")) {
      return V1_JSON;
    }
    if (lower.contains(SR_JSON)) {
      return SR_JSON;
    }
    if (lower.contains(PLAIN_JSON)) {
      return PLAIN_JSON;
    }
    return V1_JSON;
  }

  private static Call decode(HttpExchange exchange) {
    String rawPath = exchange.getRequestURI().getRawPath();
    List<String> path = new ArrayList<>();
    for (String segment : rawPath.split("/", -1)) {
      path.add(percentDecode(segment));
    }
    // "/a/b/" and "/a/b" name the same resource; the leading "" is the root.
    if (!path.isEmpty() && path.get(0).isEmpty()) {
      path.remove(0);
    }
    if (!path.isEmpty() && path.get(path.size() - 1).isEmpty()) {
      path.remove(path.size() - 1);
    }
    Map<String, String> query = new HashMap<>();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq)).replace('+', ' ');
        String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1).replace('+', ' '));
        query.putIfAbsent(name, value);
      }
    }
    return new Call(exchange.getRequestMethod().toUpperCase(Locale.ROOT), path, query, exchange);
  }

  /** Decodes %XX escapes as UTF-8; unlike URLDecoder it keeps '+' (a path may contain it). */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int value = c == '%' && i + 2 < text.length() ? hex(text.charAt(i + 1), text.charAt(i + 2)) : -1;
      if (value >= 0) {
        out.write(value);
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char high, char low) {
    int h = Character.digit(high, 16);
    int l = Character.digit(low, 16);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }

  private static JsonNode body(Call call) {
    String contentType = call.exchange().getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && !contentType.isBlank()) {
      String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (!ACCEPTED_BODIES.contains(mediaType)) {
        throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type");
      }
    }
    try {
      byte[] bytes = call.exchange().getRequestBody().readAllBytes();
      if (bytes.length == 0) {
        return NODES.objectNode();
      }
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new RegistryException(422, 422, "The request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new RegistryException(400, 400, "Unrecognized JSON in the request body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RegistryException(400, 400, "Couldn't read the request body: " + e.getMessage());
    }
  }

  private static RegistryService.SchemaRequest schemaRequest(JsonNode body) {
    List<SchemaRef> refs = new ArrayList<>();
    for (JsonNode ref : body.path("references")) {
      refs.add(new SchemaRef(ref.path("name").asText(), ref.path("subject").asText(), ref.path("version").asInt(-1)));
    }
    JsonNode schema = body.get("schema");
    return new RegistryService.SchemaRequest(
        schema == null || schema.isNull() ? null : schema.asText(),
        body.hasNonNull("schemaType") ? body.get("schemaType").asText() : null,
        refs,
        body.hasNonNull("id") ? body.get("id").asInt() : null,
        body.hasNonNull("version") ? body.get("version").asInt() : null);
  }

  // ---------------------------------------------------------------- routing

  private Reply route(Call call) {
    List<String> p = call.path();
    if (p.isEmpty()) {
      return only(call, "GET", "POST", () -> Reply.of(NODES.objectNode()));
    }
    return switch (p.get(0)) {
      case "schemas" -> schemas(call, p);
      case "subjects" -> subjects(call, p);
      case "compatibility" -> compatibility(call, p);
      case "config" -> config(call, p);
      case "mode" -> mode(call, p);
      case "contexts" -> p.size() == 1 ? only(call, "GET", () -> Reply.of(NODES.arrayNode().add("."))) : notFound();
      case "associations" -> only(call, "GET", () -> Reply.of(NODES.arrayNode()));
      case "v1" -> metadata(call, p);
      default -> notFound();
    };
  }

  private interface Action {
    Reply run();
  }

  private static Reply only(Call call, String method, Action action) {
    if (!call.method().equals(method)) {
      throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
    }
    return action.run();
  }

  private static Reply only(Call call, String method, String other, Action action) {
    if (!call.method().equals(method) && !call.method().equals(other)) {
      throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
    }
    return action.run();
  }

  private static Reply notFound() {
    throw RegistryException.routeNotFound();
  }

  private static int schemaId(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw RegistryException.routeNotFound();
    }
  }

  private Reply schemas(Call call, List<String> p) {
    if (p.size() == 2 && p.get(1).equals("types")) {
      return only(call, "GET", () -> Reply.of(NODES.arrayNode().add("AVRO")));
    }
    if (p.size() < 3 || !p.get(1).equals("ids")) {
      return notFound();
    }
    int id = schemaId(p.get(2));
    if (p.size() == 3) {
      return only(call, "GET", () -> {
        StoredVersion stored = service.schemaById(id);
        ObjectNode out = NODES.objectNode();
        out.put("schema", stored.schema());
        putReferences(out, stored.references());
        if (call.flag("fetchMaxId")) {
          out.put("maxId", service.maxId());
        }
        return Reply.of(out);
      });
    }
    if (p.size() != 4) {
      return notFound();
    }
    return switch (p.get(3)) {
      case "schema" -> only(call, "GET", () -> new Reply(null, service.schemaById(id).schema()));
      case "subjects" -> only(call, "GET", () -> {
        List<String> subjects = service.versionsOfId(id, call.flag("deleted")).stream()
            .map(StoredVersion::subject).distinct().toList();
        ArrayNode out = NODES.arrayNode();
        page(call, subjects).forEach(out::add);
        return Reply.of(out);
      });
      case "versions" -> only(call, "GET", () -> {
        ArrayNode out = NODES.arrayNode();
        for (StoredVersion v : page(call, service.versionsOfId(id, call.flag("deleted")))) {
          out.addObject().put("subject", v.subject()).put("version", v.version());
        }
        return Reply.of(out);
      });
      default -> notFound();
    };
  }

  private Reply subjects(Call call, List<String> p) {
    if (p.size() == 1) {
      return only(call, "GET", () -> {
        ArrayNode out = NODES.arrayNode();
        page(call, service.subjects(call.flag("deleted"), call.flag("deletedOnly"), call.param("subjectPrefix")))
            .forEach(out::add);
        return Reply.of(out);
      });
    }
    String subject = p.get(1);
    if (p.size() == 2) {
      return switch (call.method()) {
        case "POST" -> {
          StoredVersion found = service.lookup(subject, schemaRequest(body(call)), call.flag("normalize"), call.flag("deleted"));
          yield Reply.of(schemaJson(found, call));
        }
        case "DELETE" -> {
          ArrayNode out = NODES.arrayNode();
          service.deleteSubject(subject, call.flag("permanent")).forEach(out::add);
          yield Reply.of(out);
        }
        default -> throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
      };
    }
    if (!p.get(2).equals("versions")) {
      return notFound();
    }
    if (p.size() == 3) {
      return switch (call.method()) {
        case "GET" -> {
          ArrayNode out = NODES.arrayNode();
          page(call, service.versions(subject, call.flag("deleted"), call.flag("deletedOnly"))).forEach(out::add);
          yield Reply.of(out);
        }
        case "POST" -> {
          StoredVersion stored = service.register(subject, schemaRequest(body(call)), call.flag("normalize"), call.flag("force"));
          yield Reply.of(NODES.objectNode().put("id", stored.id()));
        }
        default -> throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
      };
    }
    String version = p.get(3);
    if (p.size() == 4) {
      return switch (call.method()) {
        case "GET" -> Reply.of(schemaJson(service.version(subject, version, call.flag("deleted")), call));
        case "DELETE" -> Reply.of(NODES.numberNode(service.deleteVersion(subject, version, call.flag("permanent"))));
        default -> throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
      };
    }
    if (p.size() == 5 && p.get(4).equals("schema")) {
      return only(call, "GET", () -> new Reply(null, service.version(subject, version, call.flag("deleted")).schema()));
    }
    if (p.size() == 5 && p.get(4).equals("referencedby")) {
      return only(call, "GET", () -> {
        ArrayNode out = NODES.arrayNode();
        page(call, service.referencedBy(subject, version, call.flag("deleted"))).forEach(out::add);
        return Reply.of(out);
      });
    }
    return notFound();
  }

  private Reply compatibility(Call call, List<String> p) {
    if (p.size() < 4 || p.size() > 5 || !p.get(1).equals("subjects") || !p.get(3).equals("versions")) {
      return notFound();
    }
    String subject = p.get(2);
    String version = p.size() == 5 ? p.get(4) : null;
    return only(call, "POST", () -> {
      RegistryService.CompatibilityResult result =
          service.testCompatibility(subject, version, schemaRequest(body(call)), call.flag("normalize"), call.flag("verbose"));
      ObjectNode out = NODES.objectNode().put("is_compatible", result.compatible());
      if (call.flag("verbose")) {
        ArrayNode messages = out.putArray("messages");
        result.messages().forEach(messages::add);
      }
      return Reply.of(out);
    });
  }

  private static String scopeSubject(List<String> p) {
    if (p.size() == 1 || p.get(1).equals(GLOBAL_CONTEXT_ALIAS)) {
      return null;
    }
    return p.get(1);
  }

  private Reply config(Call call, List<String> p) {
    if (p.size() > 2) {
      return notFound();
    }
    String subject = scopeSubject(p);
    return switch (call.method()) {
      case "GET" -> {
        CompatibilityLevel level = subject == null ? service.globalLevel() : service.subjectLevel(subject, call.flag("defaultToGlobal"));
        yield Reply.of(NODES.objectNode().put("compatibilityLevel", level.name()));
      }
      case "PUT" -> {
        JsonNode body = body(call);
        String requested = body.hasNonNull("compatibility")
            ? body.get("compatibility").asText()
            : body.hasNonNull("compatibilityLevel") ? body.get("compatibilityLevel").asText() : null;
        if (requested == null) {
          throw new RegistryException(422, 42203, "Invalid compatibility level null: the body needs \"compatibility\"");
        }
        CompatibilityLevel level = service.setLevel(subject, requested);
        yield Reply.of(NODES.objectNode().put("compatibility", level.name()));
      }
      case "DELETE" -> Reply.of(NODES.objectNode().put("compatibilityLevel", service.deleteLevel(subject).name()));
      default -> throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
    };
  }

  private Reply mode(Call call, List<String> p) {
    if (p.size() > 2) {
      return notFound();
    }
    String subject = scopeSubject(p);
    return switch (call.method()) {
      case "GET" -> {
        String mode = subject == null ? service.effectiveMode(null) : service.subjectMode(subject, call.flag("defaultToGlobal"));
        yield Reply.of(NODES.objectNode().put("mode", mode));
      }
      case "PUT" -> {
        JsonNode body = body(call);
        Optional<String> mode = service.setMode(subject, body.hasNonNull("mode") ? body.get("mode").asText() : null, call.flag("force"));
        ObjectNode out = NODES.objectNode();
        mode.ifPresent(m -> out.put("mode", m));
        yield Reply.of(out);
      }
      case "DELETE" -> Reply.of(NODES.objectNode().put("mode", service.deleteMode(subject)));
      default -> throw new RegistryException(405, 405, "HTTP 405 Method Not Allowed");
    };
  }

  private static Reply metadata(Call call, List<String> p) {
    if (p.size() != 3 || !p.get(1).equals("metadata")) {
      return notFound();
    }
    return switch (p.get(2)) {
      case "id" -> only(call, "GET", () -> {
        ObjectNode out = NODES.objectNode();
        ObjectNode scope = out.putObject("scope");
        scope.putArray("path");
        scope.putObject("clusters");
        out.put("id", "");
        return Reply.of(out);
      });
      case "version" -> only(call, "GET", () -> Reply.of(NODES.objectNode().put("version", "wirewatch").put("commitId", "")));
      default -> notFound();
    };
  }

  private static ObjectNode schemaJson(StoredVersion v, Call call) {
    ObjectNode out = NODES.objectNode();
    out.put("subject", v.subject());
    out.put("version", v.version());
    out.put("id", v.id());
    putReferences(out, v.references());
    out.put("schema", v.schema());
    if (v.deleted() || call.newerFields()) {
      out.put("deleted", v.deleted());
    }
    return out;
  }

  private static void putReferences(ObjectNode out, List<SchemaRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    ArrayNode array = out.putArray("references");
    for (SchemaRef ref : refs) {
      array.addObject().put("name", ref.name()).put("subject", ref.subject()).put("version", ref.version());
    }
  }

  private static <T> List<T> page(Call call, List<T> items) {
    int offset = Math.max(0, call.intParam("offset", 0));
    int limit = call.intParam("limit", -1);
    if (offset >= items.size()) {
      return List.of();
    }
    int end = limit < 0 ? items.size() : (int) Math.min(items.size(), (long) offset + limit);
    return items.subList(offset, end);
  }
}
