package io.wirewatch.enrich;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.TextField;
import java.time.Instant;
import java.util.List;

/** Maps between the Avro contract ({@code schemas/*.avsc}) and the enrichment values. */
public final class AvroMapping {
  private AvroMapping() {}

  /** The text of an Avro article, as the enricher reads it. */
  public static ArticleText toArticleText(Article a) {
    return new ArticleText(a.getId(), a.getHeadline(), a.getBody(), a.getLang(), a.getPublished());
  }

  /** The Avro record for an article and what the enricher found in it. */
  public static EnrichedArticle toEnrichedArticle(Article article, Enrichment e, Instant enrichedAt) {
    return EnrichedArticle.newBuilder()
        .setId(article.getId())
        .setArticle(article)
        .setCountries(e.countries().stream().map(AvroMapping::country).toList())
        .setEntities(e.entities().stream().map(AvroMapping::entity).toList())
        .setEvents(e.events().stream().map(AvroMapping::event).toList())
        .setEnriched(enrichedAt)
        .setRulesVersion(e.rulesVersion())
        .setGazetteerVersion(e.gazetteerVersion())
        .build();
  }

  static io.wirewatch.avro.CountryTag country(CountryTag c) {
    return io.wirewatch.avro.CountryTag.newBuilder()
        .setCode(c.code())
        .setAlpha3(c.alpha3())
        .setName(c.name())
        .setMentions(c.mentions())
        .setSalience(c.salience())
        .setPrimary(c.primary())
        .setEvidence(evidence(c.evidence()))
        .build();
  }

  static io.wirewatch.avro.EntityMention entity(EntityMention m) {
    return io.wirewatch.avro.EntityMention.newBuilder()
        .setId(m.id())
        .setName(m.name())
        .setType(io.wirewatch.avro.EntityType.valueOf(m.type().name()))
        .setCountry(m.country())
        .setRole(m.role())
        .setMentions(m.mentions())
        .setEvidence(evidence(m.evidence()))
        .build();
  }

  static io.wirewatch.avro.EventMatch event(EventMatch m) {
    return io.wirewatch.avro.EventMatch.newBuilder()
        .setTopic(m.topic())
        .setConfidence(m.confidence())
        .setRuleId(m.ruleId())
        .setSentence(m.sentence())
        .setSentenceField(field(m.sentenceField()))
        .setSentenceStart(m.sentenceStart())
        .setTrigger(evidence(m.trigger()))
        .setEvidence(evidence(m.evidence()))
        .setActors(m.actors())
        .setTargets(m.targets())
        .setVenue(m.venue())
        .build();
  }

  static List<io.wirewatch.avro.Evidence> evidence(List<Evidence> list) {
    return list.stream().map(AvroMapping::evidence).toList();
  }

  static io.wirewatch.avro.Evidence evidence(Evidence e) {
    return io.wirewatch.avro.Evidence.newBuilder()
        .setText(e.text())
        .setField(field(e.field()))
        .setStart(e.start())
        .setEnd(e.end())
        .setSource(e.source())
        .build();
  }

  static TextField field(ArticleField f) {
    return f == ArticleField.HEADLINE ? TextField.HEADLINE : TextField.BODY;
  }
}
