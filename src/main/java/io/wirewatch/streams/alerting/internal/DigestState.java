package io.wirewatch.streams.alerting.internal;

import java.util.ArrayList;
import java.util.List;

/** Alerts held back in one hour for one subscription, waiting to go out as a DIGEST. */
public record DigestState(long hourStart, int count, List<String> headlines) {
  static final int MAX_HEADLINES = 20;

  public DigestState add(String headline) {
    List<String> h = new ArrayList<>(headlines);
    if (h.size() < MAX_HEADLINES) {
      h.add(headline);
    }
    return new DigestState(hourStart, count + 1, List.copyOf(h));
  }
}
