package io.wirewatch.alert.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.Alert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three shapes an alert is delivered in: webhook JSON, Slack-compatible JSON, one console line.
 * Each carries the link to the dashboard's evidence view of the alert's article when
 * {@code evidenceUrl} is not null.
 */
public final class AlertPayloads {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertPayloads() {}

  /** The webhook body documented in docs/webhooks.md. */
  public static String webhook(Alert a, String evidenceUrl) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.getId());
    m.put("kind", a.getKind().name());
    m.put("subscription", map("id", a.getSubscriptionId(), "name", a.getSubscriptionName()));
    m.put("storyId", a.getStoryId());
    m.put("article", map("id", a.getArticleId(), "headline", a.getHeadline(), "url", a.getUrl(),
        "source", a.getSource(), "published", str(a.getPublished()), "ingested", str(a.getIngested()),
        "evidenceUrl", evidenceUrl));
    m.put("eventTopics", a.getEventTopics());
    m.put("countries", a.getCountries());
    m.put("evidence", a.getEvidence());
    m.put("confidence", a.getConfidence());
    m.put("alerted", a.getAlerted().toString());
    m.put("digestCount", a.getDigestCount());
    return write(m);
  }

  /** {@code text} plus {@code blocks}: Slack shows the blocks, Mattermost and older clients the text. */
  public static String slack(Alert a, String evidenceUrl) {
    String title = a.getUrl() == null ? a.getHeadline() : "<" + a.getUrl() + "|" + escape(a.getHeadline()) + ">";
    String facts = String.format(Locale.ROOT, "%s · %s · %s · %s · confidence %.2f", a.getKind(),
        String.join(", ", a.getEventTopics()), String.join(", ", a.getCountries()), a.getSource(), a.getConfidence());
    List<Object> blocks = new ArrayList<>();
    StringBuilder section = new StringBuilder("*").append(title).append('*');
    if (a.getEvidence() != null && !a.getEvidence().isBlank()) {
      section.append("\n> ").append(escape(a.getEvidence()).replace("\n", "\n> "));
    }
    blocks.add(map("type", "section", "text", map("type", "mrkdwn", "text", section.toString())));
    List<Object> context = new ArrayList<>();
    context.add(map("type", "mrkdwn", "text", escape(facts)));
    if (evidenceUrl != null) {
      context.add(map("type", "mrkdwn", "text", "<" + evidenceUrl + "|Evidence in Wirewatch>"));
    }
    blocks.add(map("type", "context", "elements", context));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", "[" + a.getKind() + "] " + a.getHeadline() + (a.getUrl() == null ? "" : " " + a.getUrl())
        + (evidenceUrl == null ? "" : " · evidence: " + evidenceUrl));
    m.put("blocks", blocks);
    return write(m);
  }

  /** One readable line. */
  public static String console(Alert a, String evidenceUrl) {
    return String.format(Locale.ROOT, "%s %-6s [%s] [%s] %s — %s%s (%s, %.2f)%s%s", a.getAlerted(), a.getKind(),
        a.getSubscriptionName() == null ? a.getSubscriptionId() : a.getSubscriptionName(),
        String.join(",", a.getEventTopics()) + (a.getCountries().isEmpty() ? "" : " " + String.join(",", a.getCountries())),
        a.getHeadline(), a.getSource(), a.getUrl() == null ? "" : " " + a.getUrl(), a.getId(), a.getConfidence(),
        a.getEvidence() == null ? "" : " « " + a.getEvidence().replace('\n', ' ') + " »",
        evidenceUrl == null ? "" : " evidence: " + evidenceUrl);
  }

  private static String escape(String s) {
    // Slack mrkdwn needs only these three escaped
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
