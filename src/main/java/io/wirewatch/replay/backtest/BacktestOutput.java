package io.wirewatch.replay.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;

/** Renders backtest results: a text report for people, one JSON object per change for tools. */
public final class BacktestOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BacktestOutput() {}

  /** One change as a JSON object: id, revision, topic, change (added|removed), headline, evidence. */
  public static ObjectNode json(BacktestChange c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", c.articleId());
    n.put("revision", c.revision());
    n.put("topic", c.topic());
    n.put("change", c.change().label());
    n.put("headline", c.headline());
    n.put("evidence", c.evidence());
    return n;
  }

  /** One change as a line of JSON, without the newline. */
  public static String jsonLine(BacktestChange c) {
    try {
      return MAPPER.writeValueAsString(json(c));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text report: a table of counts per topic, then sample changes with their evidence. */
  public static void text(BacktestReport r, String currentName, String proposedName, PrintWriter out) {
    out.printf(Locale.ROOT, "Backtest over %s: %,d articles re-tagged%n", r.range(), r.articles());
    out.printf(Locale.ROOT, "  current:  %s%n  proposed: %s%n%n", currentName, proposedName);
    if (r.topics().isEmpty()) {
      out.println("Neither rule set matched any article in the range.");
      return;
    }
    out.printf(Locale.ROOT, "%-28s %9s %9s %7s %8s%n", "event topic", "current", "proposed", "added", "removed");
    for (BacktestReport.TopicCounts t : r.topics()) {
      out.printf(Locale.ROOT, "%-28s %9d %9d %7s %8s%n", t.topic(), t.current(), t.proposed(),
          t.added() == 0 ? "0" : "+" + t.added(), t.removed() == 0 ? "0" : "-" + t.removed());
    }
    out.printf(Locale.ROOT, "%-28s %9s %9s %7s %8s%n", "total changes", "", "", "+" + r.added(), "-" + r.removed());
    for (BacktestReport.TopicCounts t : r.topics()) {
      if (t.samples().isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "%n%s%n", t.topic());
      for (BacktestChange c : t.samples()) {
        out.printf(Locale.ROOT, "  %s %s  %s%n      evidence: %s%n", c.change() == BacktestChange.Kind.ADDED ? "+" : "-",
            c.articleId(), c.headline(), c.evidence() == null ? "(none)" : c.evidence());
      }
      long shown = t.samples().size();
      if (t.added() + t.removed() > shown) {
        out.printf(Locale.ROOT, "  … %d more (use --format jsonl for the full list)%n", t.added() + t.removed() - shown);
      }
    }
  }
}
