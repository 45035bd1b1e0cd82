package io.wirewatch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The lines of a probe file next to the tests: numbered from 1, blank lines and "#" comments left out. */
final class ProbeFiles {
  private ProbeFiles() {}

  record Line(int number, String text) {}

  static List<Line> read(String resource) throws IOException {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(ProbeFiles.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
      String l;
      int n = 0;
      while ((l = r.readLine()) != null) {
        n++;
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(new Line(n, l));
        }
      }
    }
    return out;
  }
}
