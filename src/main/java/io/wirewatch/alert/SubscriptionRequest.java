package io.wirewatch.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A subscription as a client sends it (HTTP body or CLI options), before validation. Missing lists
 * mean "any"; missing numbers take the defaults of the Avro record.
 *
 * <pre>{@code
 * {"name": "Korea desk", "topics": ["sanctions-blocked"], "countries": ["KP"], "entities": [],
 *  "keywords": [], "minConfidence": 0.6, "updates": true, "maxPerHour": 30,
 *  "channel": {"type": "webhook", "url": "https://desk.example/hooks/wirewatch", "secret": "..."}}
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionRequest(String name, List<String> topics, List<String> countries, List<String> entities,
    List<String> keywords, Double minConfidence, Boolean updates, Integer maxPerHour, ChannelRequest channel) {

  /** Where alerts go: {@code type} is webhook, slack or console. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChannelRequest(String type, String url, String secret) {}
}
