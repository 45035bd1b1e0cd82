package io.wirewatch.bench;

import java.util.SplittableRandom;

/**
 * News-like text of a given size: words drawn from a fixed vocabulary with a skewed distribution,
 * so it compresses roughly like real articles do (random bytes would not compress at all, a
 * repeated string far too well).
 */
public final class TextGenerator {
  private static final String[] WORDS = (
      "the of and to in a said on for that with by is was as at from it his an be has have are "
      + "were which this but not after had their its they been also who would more will than "
      + "government minister foreign president talks sanctions council security united nations "
      + "resolution vote veto draft missile launch nuclear ambassador embassy summoned expelled "
      + "diplomats relations ceasefire agreement signed meeting summit negotiations humanitarian "
      + "aid detained released military troops border strike condemnation statement spokesman "
      + "Washington Beijing Moscow Pyongyang Seoul Tokyo Paris London Berlin Kyiv Tehran Ankara "
      + "China Russia North Korea South Japan France Britain Germany Ukraine Iran Turkey Israel "
      + "week Monday Tuesday Wednesday Thursday Friday officials reporters according ministry "
      + "proposal bid block blocked impose imposed lift lifted support opposed members states").split(" ");

  private final SplittableRandom random;

  public TextGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** About {@code bytes} bytes of ASCII text in sentences. */
  public String text(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 32);
    int inSentence = 0;
    while (sb.length() < bytes) {
      // Zipf-like: small indices far more often.
      double u = random.nextDouble();
      int idx = (int) (WORDS.length * u * u * u);
      String w = WORDS[Math.min(idx, WORDS.length - 1)];
      if (inSentence == 0) {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        sb.append(w);
      }
      inSentence++;
      if (inSentence > 8 && random.nextInt(10) == 0) {
        sb.append(". ");
        inSentence = 0;
      } else {
        sb.append(' ');
      }
    }
    sb.setLength(bytes);
    return sb.toString();
  }
}
