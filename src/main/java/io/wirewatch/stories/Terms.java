package io.wirewatch.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns headline and lede text into the content terms the similarity compares: lower-cased, accents
 * removed, stop words and numbers dropped, and cut to a 5-letter prefix. The prefix is a crude stem
 * that is good enough for wire copy ("sanctions"/"sanctioned", "expels"/"expelled",
 * "Russia"/"Russian" meet), needs no dictionary and works the same in every language.
 */
public final class Terms {
  static final int STEM = 5;

  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
      "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
      "those", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "not",
      "no", "over", "after", "before", "into", "about", "said", "says", "say", "told", "their", "his",
      "her", "they", "them", "he", "she", "we", "our", "you", "who", "which", "what", "when", "where",
      "than", "then", "also", "more", "most", "new", "first", "last", "two", "three", "one", "all",
      "other", "some", "any", "such", "up", "out", "off", "against", "between", "under", "during",
      "did", "does", "do", "if", "while", "so", "again", "amid", "per", "via", "since", "until",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years",
      "week", "day", "days", "time", "mr", "ms", "s", "t");

  private Terms() {}

  /** Distinct terms of {@code text} in order of first appearance. */
  public static List<String> of(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String token : plain.split("[^\\p{L}\\p{N}]+")) {
      if (token.length() < 2 || STOP.contains(token) || token.chars().allMatch(Character::isDigit)) {
        continue;
      }
      out.add(token.length() > STEM ? token.substring(0, STEM) : token);
    }
    return new ArrayList<>(out);
  }
}
