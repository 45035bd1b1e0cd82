package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenStoriesTest {
  private final StoryClusterer clusterer = new StoryClusterer(StoryClusterConfig.defaults());

  private static ArticleFeatures article(String id, Set<String> countries, String headline) {
    return new ArticleFeatures(id, 1, "src", headline, "", null, Set.of("sanctions-imposed"), countries, 1_000L);
  }

  private static List<String> ids(List<StoryState> stories) {
    return stories.stream().map(StoryState::id).toList();
  }

  @Test
  void candidatesShareACountryOrHaveNone() {
    OpenStories open = new OpenStories();
    StoryState kp = clusterer.start(article("a", Set.of("KP", "CN"), "North Korea"));
    StoryState fr = clusterer.start(article("b", Set.of("FR"), "France"));
    StoryState none = clusterer.start(article("c", Set.of(), "Nowhere"));
    open.put(kp);
    open.put(fr);
    open.put(none);

    assertThat(ids(open.candidates(article("x", Set.of("CN"), "China")))).containsExactlyInAnyOrder(kp.id(), none.id());
    assertThat(ids(open.candidates(article("y", Set.of("DE"), "Germany")))).containsExactly(none.id());
    assertThat(ids(open.candidates(article("z", Set.of(), "anything")))).containsExactlyInAnyOrder(kp.id(), fr.id(), none.id());
  }

  @Test
  void candidatesComeInStoryIdOrder() {
    OpenStories open = new OpenStories();
    for (int i = 0; i < 20; i++) {
      open.put(clusterer.start(article("a" + i, Set.of("KP"), "story " + i)));
    }
    List<String> got = ids(open.candidates(article("x", Set.of("KP"), "x")));
    assertThat(got).hasSize(20).isSorted();
  }

  @Test
  void aStoryThatGainsACountryIsFoundByItAndARemovedOneIsGone() {
    OpenStories open = new OpenStories();
    StoryState s = clusterer.start(article("a", Set.of("FR"), "France and Germany"));
    open.put(s);
    StoryState grown = clusterer.add(s, article("b", Set.of("DE"), "Germany and France"));
    open.put(grown);
    assertThat(open.size()).isEqualTo(1);
    assertThat(ids(open.candidates(article("x", Set.of("DE"), "Germany")))).containsExactly(grown.id());
    assertThat(open.candidates(article("x", Set.of("DE"), "Germany")).get(0).articleIds()).containsExactly("a", "b");

    assertThat(open.remove(grown.id())).isEqualTo(grown);
    assertThat(open.remove(grown.id())).isNull();
    assertThat(open.candidates(article("x", Set.of("DE"), "Germany"))).isEmpty();
    assertThat(open.candidates(article("y", Set.of("FR"), "France"))).isEmpty();
  }

  @Test
  void theIndexedMatchPicksTheSameStoryAsAFullScan() {
    // random articles over a few countries and topics, clustered both ways, must land alike
    Random random = new Random(7);
    List<String> countries = List.of("KP", "CN", "RU", "US", "FR", "DE", "IR");
    List<String> topics = List.of("sanctions-imposed", "sanctions-blocked", "summit-meeting");
    List<String> words = List.of("sanctions", "council", "missile", "summit", "talks", "veto", "envoy", "nuclear",
        "ceasefire", "embassy", "trade", "deal");
    StoryClusterer loose = new StoryClusterer(StoryClusterConfig.defaults().withThreshold(0.5));
    OpenStories indexed = new OpenStories();
    List<StoryState> scanned = new ArrayList<>();
    int joined = 0;
    for (int i = 0; i < 400; i++) {
      Set<String> cs = random.nextInt(10) == 0 ? Set.of()
          : Set.of(countries.get(random.nextInt(countries.size())));
      StringBuilder headline = new StringBuilder();
      for (int w = 0; w < 5; w++) {
        headline.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      ArticleFeatures a = new ArticleFeatures("a" + i, 1, "s" + random.nextInt(5), headline.toString(), "", null,
          Set.of(topics.get(random.nextInt(topics.size()))), cs, 1_000L + i);
      List<StoryState> byId = new ArrayList<>(scanned);
      byId.sort((x, y) -> x.id().compareTo(y.id()));
      Optional<StoryState> full = loose.bestMatch(a, byId);
      Optional<StoryState> fast = loose.bestMatch(a, indexed);
      assertThat(fast.map(StoryState::id)).as("article %d", i).isEqualTo(full.map(StoryState::id));
      StoryState next = full.map(s -> loose.add(s, a)).orElseGet(() -> loose.start(a));
      if (full.isPresent()) {
        joined++;
        scanned.removeIf(s -> s.id().equals(next.id()));
      }
      scanned.add(next);
      indexed.put(next);
    }
    assertThat(joined).as("the comparison means something only if articles do join stories").isGreaterThan(50);
    assertThat(indexed.size()).isEqualTo(scanned.size());
  }
}
