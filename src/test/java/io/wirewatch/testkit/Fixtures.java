package io.wirewatch.testkit;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.TextField;
import java.time.Instant;
import java.util.List;

/** Small Avro values for tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Article article(String id, String headline, String body) {
    return Article.newBuilder()
        .setId(id)
        .setRevision(1)
        .setContentHash(Integer.toHexString((headline + body).hashCode()))
        .setSource("Test Wire")
        .setHeadline(headline)
        .setBody(body)
        .setLang("en")
        .setPublished(Instant.parse("2026-11-20T10:00:00Z"))
        .setIngested(Instant.now())
        .setFormat(SourceFormat.JSON)
        .build();
  }

  public static EventMatch event(String topic, double confidence, String sentence) {
    Evidence trigger = Evidence.newBuilder().setText(sentence.split(" ")[0]).setField(TextField.HEADLINE)
        .setStart(0).setEnd(sentence.split(" ")[0].length()).setSource("rule:" + topic + "/test").build();
    return EventMatch.newBuilder().setTopic(topic).setConfidence(confidence).setRuleId(topic + "/test")
        .setSentence(sentence).setSentenceField(TextField.HEADLINE).setSentenceStart(0).setTrigger(trigger)
        .build();
  }

  public static EnrichedArticle enriched(Article a, List<EventMatch> events) {
    return EnrichedArticle.newBuilder().setId(a.getId()).setArticle(a).setEvents(events)
        .setEnriched(Instant.now()).build();
  }
}
