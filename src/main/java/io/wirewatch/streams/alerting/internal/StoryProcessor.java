package io.wirewatch.streams.alerting.internal;

import io.wirewatch.alert.AlertFilter;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.stories.ArticleFeatures;
import io.wirewatch.stories.OpenStories;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.StoryState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each enriched article into a story. Runs on a single partition (the topology repartitions to
 * one), so every open story is in this task. Open stories live in {@code stories-open} (story id →
 * state) and are mirrored in memory, indexed by country, for the similarity scan; {@code stories-by-article} maps article
 * ids to stories so revisions land in their story. Both are bounded in time: a stream-time
 * punctuation removes stories whose newest article is older than the window.
 */
public final class StoryProcessor implements Processor<String, EnrichedArticle, String, StoryUpdate> {
  public static final String OPEN_STORE = "stories-open";
  public static final String INDEX_STORE = "stories-by-article";

  private final StoryClusterer clusterer;
  private ProcessorContext<String, StoryUpdate> context;
  private KeyValueStore<String, StoryState> open;
  private KeyValueStore<String, String> index;
  private final OpenStories cache = new OpenStories();

  public StoryProcessor(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  @Override
  public void init(ProcessorContext<String, StoryUpdate> context) {
    this.context = context;
    this.open = context.getStateStore(OPEN_STORE);
    this.index = context.getStateStore(INDEX_STORE);
    try (KeyValueIterator<String, StoryState> it = open.all()) {
      while (it.hasNext()) {
        KeyValue<String, StoryState> kv = it.next();
        cache.put(kv.value);
      }
    }
    long every = Math.max(60_000, clusterer.config().window().toMillis() / 48);
    context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, this::expire);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle a = record.value();
    if (a == null) {
      return;
    }
    ArticleFeatures f = features(a, record.timestamp(), clusterer.config().ledeSentences());
    String known = index.get(a.getId());
    StoryState story = known == null ? null : cache.get(known);
    if (story == null) {
      story = clusterer.bestMatch(f, cache).orElse(null);
    }
    StoryState next = story == null ? clusterer.start(f) : clusterer.add(story, f);
    boolean turned = story != null && story.phase() == StoryState.Phase.NEW && next.phase() == StoryState.Phase.DEVELOPING;
    cache.put(next);
    open.put(next.id(), next);
    index.put(a.getId(), next.id());
    context.forward(new Record<>(next.id(), new StoryUpdate(next, a, turned), record.timestamp()));
  }

  private void expire(long streamTime) {
    List<StoryState> gone = new ArrayList<>();
    for (StoryState s : cache.all()) {
      if (clusterer.expired(s, streamTime)) {
        gone.add(s);
      }
    }
    for (StoryState s : gone) {
      cache.remove(s.id());
      open.delete(s.id());
      for (String articleId : s.articleIds()) {
        index.delete(articleId);
      }
    }
  }

  /** The clusterer's view of an enriched article; time is the record timestamp. */
  public static ArticleFeatures features(EnrichedArticle a, long timestamp, int ledeSentences) {
    LinkedHashSet<String> topics = new LinkedHashSet<>();
    for (EventMatch e : a.getEvents()) {
      topics.add(e.getTopic());
    }
    return new ArticleFeatures(a.getId(), a.getArticle().getRevision(), a.getArticle().getSource(),
        a.getArticle().getHeadline(), ArticleFeatures.lede(a.getArticle().getBody(), ledeSentences),
        a.getArticle().getUrl(), topics, new LinkedHashSet<>(AlertFilter.primaryCountries(a)), timestamp);
  }
}
