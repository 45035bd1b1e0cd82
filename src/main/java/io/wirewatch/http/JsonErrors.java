package io.wirewatch.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/**
 * The one JSON body of every HTTP error Wirewatch answers, whichever role serves the route:
 * {@code {"error": "what went wrong and how to fix it", "status": N, "details": [...]}}, where
 * {@code details} names each individual problem (a string, or an object such as
 * {@code {"parameter": "limit"}}), empty when there is only the one.
 *
 * <p>An error answered before the request body was read first drops what is left of it
 * ({@link RequestBodies#discardUnread}), so a client still sending reads the answer rather than a
 * reset connection.
 */
public final class JsonErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrors() {}

  /**
   * Answers {@code ctx} with {@code status} and the error body.
   *
   * @param details strings or JSON-serialisable maps naming each individual problem
   */
  public static void write(Context ctx, int status, String message, List<?> details) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    body.put("status", status);
    ArrayNode d = body.putArray("details");
    details.forEach(x -> d.add(JSON.valueToTree(x)));
    RequestBodies.discardUnread(ctx);
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
