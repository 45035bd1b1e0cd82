package io.wirewatch.enrich;

import java.util.List;

/**
 * An event topic the article reports as happening now.
 *
 * @param topic event-topic id, e.g. sanctions-blocked
 * @param confidence 0..1, calibrated on the tune split of the corpus: the rule's own figure, plus a little
 *     for a headline or lede match and for each further sentence that reports the same topic
 * @param ruleId the rule that matched
 * @param sentence the sentence that triggered it
 * @param sentenceField the field the sentence is in
 * @param sentenceStart offset of the sentence in its field
 * @param trigger the trigger span
 * @param evidence other spans the rule required (context terms, role mentions)
 * @param actors alpha-2 codes of who did it, where the rule can tell
 * @param targets alpha-2 codes of whom it was done to, where the rule can tell
 * @param venue entity id of the venue (e.g. org:unsc), or null
 */
public record EventMatch(
    String topic, double confidence, String ruleId, String sentence, ArticleField sentenceField,
    int sentenceStart, Evidence trigger, List<Evidence> evidence, List<String> actors,
    List<String> targets, String venue) {
  public EventMatch {
    evidence = List.copyOf(evidence);
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
  }

  /** The same match with another confidence. */
  public EventMatch withConfidence(double newConfidence) {
    return new EventMatch(topic, newConfidence, ruleId, sentence, sentenceField, sentenceStart, trigger, evidence,
        actors, targets, venue);
  }
}
