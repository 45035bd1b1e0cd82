package io.wirewatch.web;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.StoryStatus;
import io.wirewatch.avro.Surge;
import io.wirewatch.avro.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Enriched articles, alerts, stories and surges for web tests, built like the enrichment builds
 * them: evidence offsets are computed from the text, so they are right by construction.
 */
final class Fixtures {
  private Fixtures() {}

  /** A country mention: the code, the name, and the words in the text that make it. */
  record Country(String code, String name, boolean primary, String... words) {}

  /** An event: topic, the trigger word, the sentence it is in (must be in the body), more words. */
  record Event(String topic, String trigger, String sentence, String... context) {}

  static Evidence evidence(String field, TextField f, String text, int from, String source) {
    int start = field.indexOf(text, from);
    if (start < 0) {
      throw new IllegalArgumentException("'" + text + "' is not in: " + field);
    }
    return Evidence.newBuilder().setText(text).setField(f).setStart(start).setEnd(start + text.length())
        .setSource(source).build();
  }

  static EnrichedArticle article(String id, String source, String headline, String body, Instant when,
      List<Country> countries, List<Event> events) {
    Article a = Article.newBuilder().setId(id).setRevision(1).setContentHash("h-" + id).setSource(source)
        .setHeadline(headline).setBody(body).setUrl("https://news.example/" + id).setLang("en")
        .setPublished(when).setIngested(when).setFormat(SourceFormat.JSON).setOrigin("test").build();
    List<CountryTag> tags = new ArrayList<>();
    for (Country c : countries) {
      List<Evidence> ev = new ArrayList<>();
      for (String w : c.words()) {
        boolean inHeadline = headline.contains(w);
        ev.add(evidence(inHeadline ? headline : body, inHeadline ? TextField.HEADLINE : TextField.BODY, w, 0,
            "gazetteer:" + c.code() + "/name:" + w));
      }
      tags.add(CountryTag.newBuilder().setCode(c.code()).setName(c.name()).setMentions(ev.size())
          .setSalience(c.primary() ? 0.9 : 0.2).setPrimary(c.primary()).setEvidence(ev).build());
    }
    List<EventMatch> matches = new ArrayList<>();
    for (Event e : events) {
      int sentenceStart = body.indexOf(e.sentence());
      if (sentenceStart < 0) {
        throw new IllegalArgumentException("sentence not in body: " + e.sentence());
      }
      Evidence trigger = evidence(body, TextField.BODY, e.trigger(), sentenceStart, "rule:" + e.topic() + "/trigger");
      List<Evidence> ctx = new ArrayList<>();
      for (String w : e.context()) {
        ctx.add(evidence(body, TextField.BODY, w, sentenceStart, "rule:" + e.topic() + "/context"));
      }
      matches.add(EventMatch.newBuilder().setTopic(e.topic()).setConfidence(0.9).setRuleId(e.topic() + "/main")
          .setSentence(e.sentence()).setSentenceField(TextField.BODY).setSentenceStart(sentenceStart)
          .setTrigger(trigger).setEvidence(ctx).setActors(List.of()).setTargets(List.of()).build());
    }
    return EnrichedArticle.newBuilder().setId(id).setArticle(a).setCountries(tags).setEntities(List.of())
        .setEvents(matches).setEnriched(when).build();
  }

  /** A simple article: one country, one event whose trigger is the first word of the body's first sentence. */
  static EnrichedArticle simple(String id, String topic, String countryCode, Instant when) {
    String headline = countryCode + " story " + id;
    String body = "Officials in " + countryCode + " acted today. Nothing else happened.";
    return article(id, "Wire", headline, body, when,
        List.of(new Country(countryCode, countryCode + "-land", true, countryCode)),
        List.of(new Event(topic, "acted", "Officials in " + countryCode + " acted today.")));
  }

  static Alert alert(String id, String subscription, String topic, String country, Instant when) {
    return Alert.newBuilder().setId(id).setSubscriptionId(subscription).setSubscriptionName("Desk " + subscription)
        .setStoryId("story-" + id).setArticleId("a-" + id).setKind(AlertKind.NEW).setEventTopics(List.of(topic))
        .setCountries(List.of(country)).setHeadline("Alert headline " + id).setSource("Wire")
        .setEvidence("The sentence of " + id + ".").setConfidence(0.8).setAlerted(when).build();
  }

  static Story story(String id, List<String> articleIds, List<String> sources, Instant when) {
    return Story.newBuilder().setId(id).setFirstHeadline("First " + id).setLatestHeadline("Latest " + id)
        .setArticleIds(articleIds).setSources(sources).setFirstSeen(when).setLastSeen(when)
        .setEventTopics(List.of("sanctions-blocked")).setCountries(List.of("KP"))
        .setArticleCount(articleIds.size()).setStatus(articleIds.size() > 1 ? StoryStatus.DEVELOPING : StoryStatus.NEW)
        .build();
  }

  static Surge surge(String country, String topic, int count, Instant when) {
    return Surge.newBuilder().setId(country + "|" + topic + "|" + when.toEpochMilli()).setCountry(country)
        .setTopic(topic).setWindowStart(when.minusSeconds(3600)).setWindowEnd(when).setCount(count)
        .setBaselineHourlyMean(1.0).setRatio(count).setDetected(when).setSampleHeadline("Surge in " + country)
        .build();
  }
}
