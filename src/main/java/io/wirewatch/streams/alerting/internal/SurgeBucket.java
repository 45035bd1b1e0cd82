package io.wirewatch.streams.alerting.internal;

/** Articles counted in one surge window, with the newest headline as a sample. */
public record SurgeBucket(int count, String headline) {
  public static SurgeBucket empty() {
    return new SurgeBucket(0, null);
  }

  public SurgeBucket add(String h) {
    return new SurgeBucket(count + 1, h);
  }
}
