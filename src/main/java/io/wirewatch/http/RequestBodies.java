package io.wirewatch.http;

import io.javalin.http.Context;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * What is left of a request body when the server answers before reading it (a refusal: too large,
 * no token, wrong content type). Closing a connection on unread bytes makes the operating system
 * reset it, and a client still sending its body then loses the answer with the connection
 * ("received no bytes", "broken pipe") instead of reading why it was refused. So a refusal first
 * reads and drops the rest of the body, up to {@link #MAX_DISCARD} bytes; beyond that the answer
 * is sent at once and the connection closed, as before.
 *
 * <p>A client that asked {@code Expect: 100-continue} has sent no body yet and is not asked for
 * it: the answer goes out at once.
 */
public final class RequestBodies {
  /** The most a refusal reads and drops before answering: 8 MiB. */
  public static final long MAX_DISCARD = 8L << 20;

  private RequestBodies() {}

  /**
   * Reads and drops the unread rest of {@code ctx}'s request body when it is at most {@code
   * MAX_DISCARD} bytes (declared or, for a chunked body, found); never fails: a body that cannot be
   * read is left to the server, which closes the connection.
   */
  public static void discardUnread(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    boolean chunked = ctx.header("Transfer-Encoding") != null;
    if ((declared <= 0 && !chunked) || declared > MAX_DISCARD) {
      return;
    }
    String expect = ctx.header("Expect");
    if (expect != null && expect.strip().equalsIgnoreCase("100-continue")) {
      return;
    }
    try {
      ServletInputStream in = ctx.req().getInputStream();
      if (in.isFinished()) {
        return;
      }
      byte[] sink = new byte[64 * 1024];
      long read = 0;
      int n;
      while (read <= MAX_DISCARD && (n = in.read(sink)) >= 0) {
        read += n;
      }
    } catch (IOException | RuntimeException e) {
      // already read and closed by the route, or the client went away: nothing left to protect
    }
  }
}
