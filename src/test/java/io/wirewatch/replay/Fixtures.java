package io.wirewatch.replay;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.wirewatch.registry.AvroSerdes;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Test articles, and registry serdes for producing and reading them. */
public final class Fixtures {
  private Fixtures() {}

  public static Article article(String id, String source, String headline, Instant published) {
    return Article.newBuilder()
        .setId(id)
        .setContentHash("hash-" + id)
        .setSource(source)
        .setUrl("https://example.org/" + id)
        .setHeadline(headline)
        .setBody(headline + ". More text follows.")
        .setLang("en")
        .setPublished(published)
        .setIngested(published)
        .setFormat(SourceFormat.JSON)
        .build();
  }

  /** An enriched article with the given countries (the first is primary) and event topics. */
  public static EnrichedArticle enriched(Article a, List<String> countries, List<String> topics) {
    List<CountryTag> tags = new ArrayList<>();
    for (int i = 0; i < countries.size(); i++) {
      tags.add(CountryTag.newBuilder().setCode(countries.get(i)).setName("Country " + countries.get(i))
          .setMentions(2).setSalience(i == 0 ? 0.9 : 0.3).setPrimary(i == 0).build());
    }
    List<EventMatch> events = new ArrayList<>();
    for (String t : topics) {
      Evidence trigger = Evidence.newBuilder().setText("block").setField(TextField.HEADLINE).setStart(0).setEnd(5)
          .setSource("rule:" + t + "/r1").build();
      events.add(EventMatch.newBuilder().setTopic(t).setConfidence(0.8).setRuleId(t + "/r1")
          .setSentence(a.getHeadline()).setSentenceField(TextField.HEADLINE).setTrigger(trigger).build());
    }
    return EnrichedArticle.newBuilder().setId(a.getId()).setArticle(a).setCountries(tags).setEvents(events)
        .setEnriched(a.getIngested()).build();
  }

  /** The registry serde of a generated class, configured from a test cluster's client config. */
  public static <T extends SpecificRecord> Serde<T> serde(Class<T> type, Map<String, Object> config) {
    return AvroSerdes.specific(type, config, false);
  }
}
