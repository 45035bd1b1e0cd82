package io.wirewatch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Metrics;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Surge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live feed behind {@code GET /api/stream} and the dashboard: a bounded ring of the most recent
 * events (enriched articles, alerts, story updates and surges), listeners that receive every new
 * event, and the small in-memory views the dashboard asks for (counts per event topic and country
 * over the last hour and day, active surges, stories and their articles).
 *
 * <p>Events come either from Kafka ({@link #startKafka}, which reads the Wirewatch topics with the
 * deserializers it is given) or directly through the {@code publish*} methods (tests, or a role that
 * already holds the records in memory).
 *
 * <pre>{@code
 * LiveFeed feed = new LiveFeed(1000, Clock.systemUTC());
 * try (var kafka = feed.startKafka(clientProps, new LiveFeed.Deserializers(enriched, alerts, stories, surges))) {
 *   WebServer.start(8080, List.of(new StreamRoutes(feed), ...));
 * }
 * }</pre>
 *
 * Thread-safe: any thread may publish; listeners are called on the publishing thread and must not
 * block.
 */
public final class LiveFeed implements AutoCloseable {
  /** Default number of events kept for resume and for new clients. */
  public static final int DEFAULT_CAPACITY = 1000;
  static final Duration DAY = Duration.ofDays(1);
  static final Duration HOUR = Duration.ofHours(1);
  private static final int MAX_COUNTED = 200_000;
  private static final int MAX_STORIES = 5_000;
  private static final int MAX_ARTICLES = 5_000;

  private final int capacity;
  private final Clock clock;
  private final ArrayDeque<FeedEvent> ring;
  private final List<Consumer<FeedEvent>> listeners = new CopyOnWriteArrayList<>();
  private long seq;
  private volatile boolean closed;

  // the views; all guarded by "this"
  private final LinkedHashMap<String, Counted> counted = new LinkedHashMap<>();
  private final Map<String, ObjectNode> surges = new HashMap<>();
  private final Map<String, Instant> surgeTimes = new HashMap<>();
  private final LinkedHashMap<String, ObjectNode> stories = lru(MAX_STORIES);
  private final LinkedHashMap<String, String> storyOfArticle = lru(MAX_STORIES * 10);
  private final LinkedHashMap<String, ObjectNode> articles = lru(MAX_ARTICLES);

  private record Counted(Instant time, Set<String> topics, Set<String> countries) {}

  /** Deserializers for the topics {@link #startKafka} reads; stories and surges may be null (not read). */
  public record Deserializers(
      org.apache.kafka.common.serialization.Deserializer<EnrichedArticle> articles,
      org.apache.kafka.common.serialization.Deserializer<Alert> alerts,
      org.apache.kafka.common.serialization.Deserializer<Story> stories,
      org.apache.kafka.common.serialization.Deserializer<Surge> surges) {
    public Deserializers {
      java.util.Objects.requireNonNull(articles, "articles");
      java.util.Objects.requireNonNull(alerts, "alerts");
    }
  }

  public LiveFeed(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("live feed capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
    this.clock = clock;
    this.ring = new ArrayDeque<>(capacity);
  }

  public LiveFeed() {
    this(DEFAULT_CAPACITY, Clock.systemUTC());
  }

  /**
   * Starts a consumer of {@code news.articles.enriched}, {@code news.alerts} and (when their
   * deserializers are given) {@code news.stories} and {@code news.surges}, read_committed, that
   * publishes every record into this feed. It first reads the last day, so counts and the ring are
   * filled at once. Close the returned handle to stop it.
   *
   * @param client bootstrap.servers plus any TLS/SASL settings
   */
  public KafkaFeedSource startKafka(java.util.Properties client, Deserializers deserializers) {
    return startKafka(client, deserializers, Taps.NONE);
  }

  /**
   * As {@link #startKafka(java.util.Properties, Deserializers)}, also handing every record of
   * {@code news.articles.enriched} and {@code news.stories} to {@code taps} (the history rings of
   * the web role), so each topic is read once. A tap may reach further back than the look-back:
   * records older than it go to the tap only.
   */
  public KafkaFeedSource startKafka(java.util.Properties client, Deserializers deserializers, Taps taps) {
    return KafkaFeedSource.start(this, client, deserializers, taps, DAY);
  }

  /** Receives the records of one topic: key, record timestamp, value (null for a tombstone). */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(String key, Instant timestamp, T value);
  }

  /**
   * A receiver of one topic's records, and how many of the newest records (over all partitions)
   * it wants at start.
   */
  public record Tap<T>(Sink<T> sink, int records) {}

  /** Taps on the articles and stories topics; either may be null (none). */
  public record Taps(Tap<EnrichedArticle> articles, Tap<Story> stories) {
    public static final Taps NONE = new Taps(null, null);
  }

  /** Adds an enriched article; {@code eventId} is its SSE id (e.g. {@code topic:partition:offset}). */
  public FeedEvent publishArticle(String eventId, EnrichedArticle a) {
    ObjectNode json = FeedJson.article(a);
    Set<String> topics = new LinkedHashSet<>();
    for (EventMatch m : a.getEvents()) {
      topics.add(m.getTopic());
    }
    Set<String> countries = new LinkedHashSet<>();
    Set<String> primary = new LinkedHashSet<>();
    for (CountryTag c : a.getCountries()) {
      countries.add(c.getCode());
      if (c.getPrimary()) {
        primary.add(c.getCode());
      }
    }
    Instant time = a.getEnriched() == null ? clock.instant() : a.getEnriched();
    synchronized (this) {
      String storyId = storyOfArticle.get(a.getId());
      if (storyId != null && stories.containsKey(storyId)) {
        json.set("story", storySummary(stories.get(storyId)));
      }
      counted.remove(a.getId()); // a new revision replaces the old one in the counts
      counted.put(a.getId(), new Counted(time, topics, primary.isEmpty() ? countries : primary));
      while (counted.size() > MAX_COUNTED) {
        Iterator<String> it = counted.keySet().iterator();
        it.next();
        it.remove();
      }
      articles.put(a.getId(), articleSummary(json));
      return append(eventId, FeedEvent.Kind.ARTICLE, time, topics, countries, json);
    }
  }

  /** Adds an alert. */
  public FeedEvent publishAlert(String eventId, Alert a) {
    Instant time = a.getAlerted() == null ? clock.instant() : a.getAlerted();
    synchronized (this) {
      return append(eventId, FeedEvent.Kind.ALERT, time, Set.copyOf(a.getEventTopics()),
          Set.copyOf(a.getCountries()), FeedJson.alert(a));
    }
  }

  /** Adds or updates a story (its size and articles). */
  public FeedEvent publishStory(String eventId, Story s) {
    ObjectNode json = FeedJson.story(s);
    synchronized (this) {
      stories.put(s.getId(), json);
      for (String articleId : s.getArticleIds()) {
        storyOfArticle.put(articleId, s.getId());
      }
      return append(eventId, FeedEvent.Kind.STORY, s.getLastSeen() == null ? clock.instant() : s.getLastSeen(),
          Set.copyOf(s.getEventTopics()), Set.copyOf(s.getCountries()), json);
    }
  }

  /** Adds a surge; it counts as active for an hour after its detection. */
  public FeedEvent publishSurge(String eventId, Surge s) {
    ObjectNode json = FeedJson.surge(s);
    Instant time = s.getDetected() == null ? clock.instant() : s.getDetected();
    synchronized (this) {
      String key = s.getCountry() + "|" + s.getTopic();
      surges.put(key, json);
      surgeTimes.put(key, time);
      return append(eventId, FeedEvent.Kind.SURGE, time, Set.of(s.getTopic()), Set.of(s.getCountry()), json);
    }
  }

  private FeedEvent append(String id, FeedEvent.Kind kind, Instant time, Set<String> topics,
      Set<String> countries, ObjectNode json) {
    FeedEvent e = new FeedEvent(id, ++seq, kind, time, topics, countries, json.toString());
    if (ring.size() == capacity) {
      ring.removeFirst();
    }
    ring.addLast(e);
    Metrics.counter("wirewatch.web.feed.events", "kind", kind.eventName()).increment();
    for (Consumer<FeedEvent> l : listeners) {
      l.accept(e);
    }
    return e;
  }

  /**
   * Registers a listener for every new event (called under the feed's lock, in order; it must only
   * hand the event over, e.g. to a queue). Returns the handle that removes it.
   */
  public Runnable subscribe(Consumer<FeedEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * The events to replay to a client that last saw {@code lastEventId}: every event after it, when
   * the ring still holds it. When it does not (too old, or from before a restart), every event of
   * the ring except those known to be at or before it (same Kafka topic and partition, lower or
   * equal offset): a client may see an event twice, never miss one the ring still holds.
   */
  public synchronized List<FeedEvent> after(String lastEventId) {
    List<FeedEvent> out = new ArrayList<>();
    boolean found = false;
    for (FeedEvent e : ring) {
      if (found) {
        out.add(e);
      } else if (e.id().equals(lastEventId)) {
        found = true;
      }
    }
    if (found) {
      return out;
    }
    KafkaPosition last = KafkaPosition.parse(lastEventId);
    for (FeedEvent e : ring) {
      KafkaPosition p = KafkaPosition.parse(e.id());
      if (last == null || p == null || !p.samePartition(last) || p.offset() > last.offset()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The last {@code n} events that pass {@code filter}, oldest first, and the newest seq seen. */
  public synchronized List<FeedEvent> recent(int n, FeedFilter filter) {
    ArrayDeque<FeedEvent> out = new ArrayDeque<>();
    Iterator<FeedEvent> it = ring.descendingIterator();
    while (it.hasNext() && out.size() < n) {
      FeedEvent e = it.next();
      if (filter.matches(e)) {
        out.addFirst(e);
      }
    }
    return new ArrayList<>(out);
  }

  /** Number of events in the ring. */
  public synchronized int size() {
    return ring.size();
  }

  /**
   * Counts of articles per event topic and per country over the last hour and the last day (by
   * enrichment time; a revised article counts once; countries are the primary ones), and the surges
   * detected within the last hour.
   */
  public synchronized ObjectNode stats() {
    Instant now = clock.instant();
    Instant dayAgo = now.minus(DAY);
    Instant hourAgo = now.minus(HOUR);
    counted.values().removeIf(c -> c.time().isBefore(dayAgo));
    Map<String, Integer> topicsHour = new TreeMap<>();
    Map<String, Integer> topicsDay = new TreeMap<>();
    Map<String, Integer> countriesHour = new TreeMap<>();
    Map<String, Integer> countriesDay = new TreeMap<>();
    int articlesHour = 0;
    for (Counted c : counted.values()) {
      boolean inHour = !c.time().isBefore(hourAgo) && !c.time().isAfter(now.plusSeconds(60));
      if (inHour) {
        articlesHour++;
      }
      for (String t : c.topics()) {
        topicsDay.merge(t, 1, Integer::sum);
        if (inHour) {
          topicsHour.merge(t, 1, Integer::sum);
        }
      }
      for (String k : c.countries()) {
        countriesDay.merge(k, 1, Integer::sum);
        if (inHour) {
          countriesHour.merge(k, 1, Integer::sum);
        }
      }
    }
    ObjectNode o = FeedJson.MAPPER.createObjectNode();
    o.put("now", now.toString());
    ObjectNode hour = o.putObject("hour");
    hour.put("articles", articlesHour);
    counts(hour.putObject("topics"), topicsHour);
    counts(hour.putObject("countries"), countriesHour);
    ObjectNode day = o.putObject("day");
    day.put("articles", counted.size());
    counts(day.putObject("topics"), topicsDay);
    counts(day.putObject("countries"), countriesDay);
    ArrayNode active = o.putArray("surges");
    surgeTimes.entrySet().stream()
        .filter(e -> !e.getValue().isBefore(hourAgo))
        .sorted(Map.Entry.<String, Instant>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> active.add(surges.get(e.getKey())));
    return o;
  }

  /** A story with the summaries of those of its articles the feed has seen, or empty. */
  public synchronized Optional<ObjectNode> story(String storyId) {
    ObjectNode s = stories.get(storyId);
    if (s == null) {
      return Optional.empty();
    }
    ObjectNode out = s.deepCopy();
    ArrayNode list = out.putArray("articles");
    s.withArray("articleIds").forEach(id -> {
      ObjectNode a = articles.get(id.asText());
      if (a != null) {
        list.add(a);
      }
    });
    return Optional.of(out);
  }

  /**
   * The newest revision of an article the ring still holds, in the JSON of the live feed (with its
   * evidence), or empty when it is older than the ring or unknown.
   */
  public Optional<ObjectNode> article(String articleId) {
    List<FeedEvent> candidates = new ArrayList<>();
    synchronized (this) {
      Iterator<FeedEvent> it = ring.descendingIterator();
      while (it.hasNext()) {
        FeedEvent e = it.next();
        if (e.kind() == FeedEvent.Kind.ARTICLE) {
          candidates.add(e);
        }
      }
    }
    for (FeedEvent e : candidates) {
      try {
        ObjectNode json = (ObjectNode) FeedJson.MAPPER.readTree(e.json());
        if (articleId.equals(json.path("id").asText(null))) {
          return Optional.of(json);
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex); // the feed wrote this JSON itself
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    closed = true;
  }

  public boolean isClosed() {
    return closed;
  }

  private static ObjectNode storySummary(ObjectNode story) {
    ObjectNode o = FeedJson.MAPPER.createObjectNode();
    o.put("id", story.path("id").asText());
    o.put("size", story.path("articleCount").asInt(1));
    o.put("status", story.path("status").asText());
    return o;
  }

  private static ObjectNode articleSummary(ObjectNode article) {
    ObjectNode o = FeedJson.MAPPER.createObjectNode();
    for (String f : List.of("id", "revision", "headline", "source", "url", "published", "ingested", "enriched")) {
      o.set(f, article.get(f));
    }
    ArrayNode topics = o.putArray("topics");
    article.withArray("events").forEach(e -> topics.add(e.path("topic").asText()));
    return o;
  }

  private static void counts(ObjectNode into, Map<String, Integer> counts) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> into.put(e.getKey(), e.getValue()));
  }

  private static <V> LinkedHashMap<String, V> lru(int max) {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    };
  }

  /** A {@code topic:partition:offset} event id. */
  record KafkaPosition(String topic, int partition, long offset) {
    static KafkaPosition parse(String id) {
      if (id == null) {
        return null;
      }
      int b = id.lastIndexOf(':');
      int a = b <= 0 ? -1 : id.lastIndexOf(':', b - 1);
      if (a <= 0) {
        return null;
      }
      try {
        return new KafkaPosition(id.substring(0, a), Integer.parseInt(id.substring(a + 1, b)),
            Long.parseLong(id.substring(b + 1)));
      } catch (NumberFormatException e) {
        return null;
      }
    }

    boolean samePartition(KafkaPosition o) {
      return topic.equals(o.topic) && partition == o.partition;
    }

    @Override
    public String toString() {
      return topic + ":" + partition + ":" + offset;
    }
  }
}
