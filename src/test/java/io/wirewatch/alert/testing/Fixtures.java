package io.wirewatch.alert.testing;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.Channel;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EntityMention;
import io.wirewatch.avro.EntityType;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builders for test articles and subscriptions. */
public final class Fixtures {
  private Fixtures() {}

  /** An enriched article builder with sensible defaults. */
  public static final class A {
    private final String id;
    private String source = "Reuters";
    private String headline = "A headline";
    private String body = "A body.";
    private int revision = 1;
    private Instant published = Instant.parse("2026-10-06T00:40:00Z");
    private final List<EventMatch> events = new ArrayList<>();
    private final List<CountryTag> countries = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();

    A(String id) {
      this.id = id;
    }

    public A source(String s) {
      source = s;
      return this;
    }

    public A text(String h, String b) {
      headline = h;
      body = b;
      return this;
    }

    public A revision(int r) {
      revision = r;
      return this;
    }

    public A published(Instant t) {
      published = t;
      return this;
    }

    public A event(String topic, double confidence) {
      String sentence = body.contains(".") ? body.substring(0, body.indexOf('.') + 1) : body;
      events.add(EventMatch.newBuilder().setTopic(topic).setConfidence(confidence).setRuleId(topic + "/test")
          .setSentence(sentence).setSentenceField(TextField.BODY).setSentenceStart(0)
          .setTrigger(Evidence.newBuilder().setText("x").setField(TextField.BODY).setStart(0).setEnd(1)
              .setSource("rule:" + topic).build())
          .build());
      return this;
    }

    public A country(String code, boolean primary) {
      countries.add(CountryTag.newBuilder().setCode(code).setName(code).setMentions(1)
          .setSalience(primary ? 0.9 : 0.1).setPrimary(primary).build());
      return this;
    }

    public A entity(String entityId, String name) {
      entities.add(EntityMention.newBuilder().setId(entityId).setName(name).setType(EntityType.PERSON)
          .setMentions(1).build());
      return this;
    }

    public EnrichedArticle build() {
      Article art = Article.newBuilder().setId(id).setRevision(revision).setContentHash("h-" + id + "-" + revision)
          .setSource(source).setUrl("https://news.example/" + id).setHeadline(headline).setBody(body)
          .setPublished(published).setIngested(published.plusSeconds(5)).build();
      return EnrichedArticle.newBuilder().setId(id).setArticle(art).setCountries(countries).setEntities(entities)
          .setEvents(events).setEnriched(published.plusSeconds(6)).build();
    }
  }

  public static A article(String id) {
    return new A(id);
  }

  /** A subscription builder. */
  public static Subscription.Builder subscription(String id) {
    return Subscription.newBuilder().setId(id).setName("desk " + id).setTopics(List.of()).setCountries(List.of())
        .setEntities(List.of()).setKeywords(List.of()).setMinConfidence(0.0).setUpdates(true).setMaxPerHour(30)
        .setChannel(Channel.newBuilder().setType(ChannelType.WEBHOOK).setUrl("https://desk.example/hook")
            .setSecret("0123456789abcdef0123").build())
        .setCreated(Instant.parse("2026-10-01T00:00:00Z"));
  }

  /** Three-outlet copy of the flagship sanctions-blocked story, one per source. */
  public static EnrichedArticle flagship(String id, String source, String headline, String body, Instant t) {
    return article(id).source(source).text(headline, body).published(t)
        .event("sanctions-blocked", 0.9).country("KP", true).country("CN", true).country("RU", true)
        .country("US", false).entity("org:unsc", "UN Security Council").build();
  }
}
