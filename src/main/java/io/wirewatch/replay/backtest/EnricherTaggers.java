package io.wirewatch.replay.backtest;

import io.wirewatch.avro.Article;
import io.wirewatch.enrich.AvroMapping;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.EventMatch;
import io.wirewatch.enrich.Gazetteer;
import io.wirewatch.enrich.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Taggers over the enrichment library: the same gazetteer, one rule set each. */
public final class EnricherTaggers implements TaggerFactory {
  private final Gazetteer gazetteer;

  public EnricherTaggers(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** With the bundled gazetteer. */
  public static EnricherTaggers defaults() {
    return new EnricherTaggers(Gazetteer.defaults());
  }

  @Override
  public EventTagger fromFile(Path rules) {
    return of(Enricher.create(gazetteer, RuleSet.load(rules)));
  }

  @Override
  public EventTagger bundled() {
    return of(Enricher.create(gazetteer, RuleSet.defaults()));
  }

  /** A tagger over one enricher. */
  public static EventTagger of(Enricher enricher) {
    return (Article a) -> {
      List<EventTagger.TopicHit> hits = new ArrayList<>();
      for (EventMatch m : enricher.enrich(AvroMapping.toArticleText(a)).events()) {
        hits.add(new EventTagger.TopicHit(m.topic(), m.sentence(), m.confidence()));
      }
      return hits;
    };
  }
}
