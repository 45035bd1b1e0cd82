package io.wirewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.wirewatch.enrich.RuleSet;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dashboard and the descriptive routes: the static dashboard (HTML, CSS, JS from the jar's
 * {@code web/} folder) at {@code /}, the event-topic catalogue of the rules at {@code GET /api/topics}, and the
 * OpenAPI 3 description of the whole HTTP API at {@code GET /api/openapi.json}.
 *
 * <p>Dashboard responses carry a strict Content-Security-Policy (scripts, styles and connections
 * from this origin only; no inline script), so even a markup bug could not run article-borne script.
 */
public final class DashboardRoutes implements Consumer<JavalinConfig> {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final String topics;
  private final String openApi = resource("web/openapi.json");

  /** With the event topics of the bundled rules. */
  public DashboardRoutes() {
    this(RuleSet.defaults().topics());
  }

  /**
   * With the event topics of the rules in use. Each topic gets its label, CAMEO and IPTC codes from
   * the rules, and its description and display group from the bundled catalogue
   * ({@code web/event-topics.json}, after EVENT-TOPICS.md) when it has one.
   */
  public DashboardRoutes(List<RuleSet.Topic> ruleTopics) {
    this.topics = catalogue(ruleTopics);
  }

  static String catalogue(List<RuleSet.Topic> ruleTopics) {
    Map<String, JsonNode> known = new HashMap<>();
    try {
      FeedJson.MAPPER.readTree(resource("web/event-topics.json")).path("topics")
          .forEach(t -> known.put(t.path("id").asText(), t));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode out = FeedJson.MAPPER.createObjectNode();
    ArrayNode list = out.putArray("topics");
    for (RuleSet.Topic t : ruleTopics) {
      JsonNode k = known.get(t.id());
      ObjectNode n = list.addObject();
      n.put("id", t.id());
      n.put("label", t.name() != null && !t.name().isBlank() ? t.name() : k != null ? k.path("label").asText() : t.id());
      n.put("group", k != null ? k.path("group").asText("other") : "other");
      n.put("description", k != null ? k.path("description").asText() : n.path("label").asText());
      n.put("cameo", t.cameo() != null ? t.cameo() : k != null ? k.path("cameo").textValue() : null);
      n.put("iptc", t.iptc() != null ? t.iptc() : k != null ? k.path("iptc").textValue() : null);
    }
    return out.toString();
  }

  @Override
  public void accept(JavalinConfig config) {
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = "/web";
      sf.location = Location.CLASSPATH;
      sf.headers = Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "Cache-Control", "no-cache");
    });
    config.routes.get("/api/topics", ctx -> ctx.contentType("application/json").result(topics));
    config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
  }

  static String resource(String path) {
    try (InputStream in = DashboardRoutes.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
