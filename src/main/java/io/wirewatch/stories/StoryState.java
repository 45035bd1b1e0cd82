package io.wirewatch.stories;

import java.util.List;

/**
 * The clusterer's view of one story: what it publishes plus the terms it compares new articles
 * with. Immutable and made of plain values, so a state store can keep it as JSON.
 *
 * @param id story id (derived from the first article)
 * @param firstHeadline headline of the first article
 * @param latestHeadline headline of the newest article or revision
 * @param url URL of the first article, may be null
 * @param articleIds article ids, oldest first; a revision does not add one
 * @param sources distinct sources, in order of first report
 * @param firstSeen time of the first article (epoch millis)
 * @param lastSeen time of the newest article or revision (epoch millis)
 * @param topics event topics of all its articles
 * @param countries primary countries of all its articles
 * @param phase NEW or DEVELOPING
 * @param members terms of the first articles (at most the configured number)
 */
public record StoryState(String id, String firstHeadline, String latestHeadline, String url,
    List<String> articleIds, List<String> sources, long firstSeen, long lastSeen, List<String> topics,
    List<String> countries, Phase phase, List<Member> members) {

  /** Life of a story. */
  public enum Phase { NEW, DEVELOPING }

  /** The terms of one article of the story. */
  public record Member(String articleId, List<String> terms) {}

  public int articleCount() {
    return articleIds.size();
  }
}
