package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the bundled tagger on the second frozen split, {@code holdout}, written blind during the
 * fourth round and scored once at its end, and fails below its floors (the figures of the last
 * end-of-round run, rounded down). Since the sixth round it also holds that round's frozen half of fresh data
 * ({@code holdout/r6.jsonl}, 84 articles), and since the seventh that round's five ({@code holdout/r7.jsonl} to
 * {@code holdout/r7e.jsonl}: 92, 90, 90, 60 and 60 articles); their 30, 32, 49, 37, 25 and 26 negatives raise the share of
 * negatives given a topic; since the eighth, that round's three waves ({@code holdout/r8.jsonl} to
 * {@code holdout/r8c.jsonl}: 88, 98 and 84 articles, with 38, 47 and 34 negatives), and since the ninth that round's five
 * ({@code holdout/r9.jsonl}, {@code holdout/r9b.jsonl}: 84 articles each, with 35 and 31 negatives; {@code holdout/r9c.jsonl},
 * {@code holdout/r9d.jsonl}: 61 each, with 21 and 27; {@code holdout/r9e.jsonl}: 46, with 14), and since the tenth that
 * round's five waves ({@code holdout/r10.jsonl} to {@code holdout/r10e.jsonl}: 46 articles each, with 15, 16, 18, 16 and
 * 18 negatives), and since the eleventh that round's eight waves ({@code holdout/r11.jsonl} to {@code holdout/r11h.jsonl}: 46
 * articles each, with 19, 15, 21, 16, 17, 21, 19 and 16 negatives), and since the twelfth that round's eight waves
 * ({@code holdout/r12.jsonl} to {@code holdout/r12h.jsonl}: 46 articles each, with 19, 19, 15, 15, 14, 19, 15 and 16
 * negatives), and since the thirteenth that round's eight ({@code holdout/r13.jsonl} to {@code holdout/r13h.jsonl}: 46
 * articles each, with 15, 19, 18, 17, 18, 16, 16 and 17 negatives), and since the fourteenth that round's nine
 * ({@code holdout/r14.jsonl} to {@code holdout/r14i.jsonl}: 46 articles each, with 18, 17, 21, 21, 19, 14, 20, 20 and 17
 * negatives). Like {@link CorpusScoreTest} it prints only aggregate tables and counts of error categories; no rule is
 * chosen by looking at its articles.
 */
class HoldoutScoreTest {
  private static final double COUNTRIES_F1 = 0.97;
  /**
   * 0.845 on the eighth round's run (896 articles), 0.859 on the ninth's (1,186), 0.871 on the tenth's (1,462), 0.882 on the
   * eleventh's (1,830), 0.898 on the twelfth's (2,198), 0.908 on the thirteenth's (2,566), 0.904 on the fourteenth's (2,980;
   * 0.911 on the 2,566 of before), 0.905 on the fifteenth's (3,210; 0.907 on the 2,980 of before).
   */
  private static final double TOPICS_MICRO_F1 = 0.90;
  /**
   * The whole holdout since the eighteenth round, whose first three waves were written to a harder brief (events told in
   * other than the textbook verb: idioms, nominalisations, the event implied by its consequence) and scored 0.63 to 0.67 on
   * arrival; their 129 holdout articles, with the 43 of the round's fourth wave (an ordinary news day, 0.875 on arrival),
   * take the whole to 0.898 with the round's rules. The holdout as it stood before them keeps {@link #TOPICS_MICRO_F1}.
   */
  private static final double WHOLE_TOPICS_MICRO_F1 = 0.89;
  /** The waves the holdout held at the seventeenth round's end: 3,670 articles. */
  private static final Set<String> SINCE_EIGHTEENTH = Corpus.WAVES.subList(Corpus.WAVES.indexOf("r18"), Corpus.WAVES.size())
      .stream().map(w -> "/corpus/holdout/" + w + ".jsonl").collect(Collectors.toSet());
  private static final Set<String> BEFORE_EIGHTEENTH = Corpus.HOLDOUT_FILES.stream()
      .filter(f -> !SINCE_EIGHTEENTH.contains(f)).collect(Collectors.toSet());
  /**
   * 0.272 on the seventh round's run (626 articles); 0.265 (96 of 362) on the eighth's (896); 0.252 (120 of 476) on the
   * ninth's (1,186); 0.202 (116 of 573) on the tenth's (1,462); 0.201 (144 of 717) on the eleventh's (1,830); 0.211 (179 of
   * 849) on the twelfth's (2,198): raised to 0.22, since the twelfth round's rules give more negatives a topic (153 of the
   * same 717 as before, 168 of 849 with its starting rules; docs/quality.md); 0.091 (90 of 985) on the thirteenth's (2,566),
   * where an article's one event must stand in its headline or lede, or at 0.8; 0.097 (112 of 1,152) on the fourteenth's
   * (2,980; 90 of the same 985 as before); 0.101 (126 of 1,243) on the fifteenth's (3,210): raised to 0.105, since the round's
   * second wave brought 20 holdout negatives of which the round's starting rules already gave 6 a topic, and the starting
   * rules give the same 126 of 1,243; on the 2,980 of before the round's rules give 113 of 1,152 (112 at its start).
   */
  private static final double NEGATIVES_TAGGED = 0.105;
  /**
   * The whole holdout since the nineteenth round, whose four waves (wire excerpts; two of a quiet day, 53 of 92 articles
   * with no event each) bring 84 holdout negatives of which the round's starting rules give 24 a topic: the whole holdout
   * goes from 153 of 1,519 to 177 of 1,603 (0.110) with those rules, whatever this round changes. The holdout of before the
   * eighteenth round keeps {@link #NEGATIVES_TAGGED}. The twentieth round's second wave (a quiet day on the other desks: home
   * politics, business, courts, sport and culture in the diplomats' words, 54 of 92 articles with no event) brings 26
   * holdout negatives of which the round's starting rules give 9 a topic: with the first wave's 18 (4 given one), the
   * whole goes to 187 of 1,647 (0.114) with those rules; its third (an ordinary busy day, 37 of 92 with no event) brings 18
   * more, 5 given a topic: 192 of 1,665 (0.115), so the floor is 0.12 (its fourth, many items on one page, brings 15 more,
   * 1 given a topic: 193 of 1,680). The twenty-first round's six waves bring 119 more, of which its starting rules give 18 a
   * topic (192 of 1,799, 0.107, with the twentieth round's final rules), so the floor stays.
   */
  private static final double WHOLE_NEGATIVES_TAGGED = 0.12;

  static CorpusScorer score;
  static CorpusScorer before;

  @BeforeAll
  static void score() {
    CorpusScorer.WithPart scores = CorpusScorer.scoreWithPart("holdout", "holdout before the eighteenth round",
        BEFORE_EIGHTEENTH, Enricher.defaults());
    score = scores.whole();
    before = scores.part();
    System.out.println(score.table());
    System.out.println(score.errorCategories());
    System.out.println(before.table());
  }

  @Test
  void theHoldoutSplitIsWhole() {
    assertThat(score.articles).isEqualTo(4457);
  }

  @Test
  void holdsItsFloors() {
    assertThat(score.countries.f1()).as("countries F1").isGreaterThanOrEqualTo(COUNTRIES_F1);
    assertThat(score.topics.f1()).as("topics micro-F1").isGreaterThanOrEqualTo(WHOLE_TOPICS_MICRO_F1);
    assertThat(score.negativesTaggedShare()).as("share of negatives given any topic")
        .isLessThanOrEqualTo(WHOLE_NEGATIVES_TAGGED);
  }

  @Test
  void theHoldoutOfBeforeTheEighteenthRoundHoldsItsFloors() {
    assertThat(before.articles).isEqualTo(3670);
    assertThat(before.topics.f1()).as("topics micro-F1, the 3,670 of before").isGreaterThanOrEqualTo(TOPICS_MICRO_F1);
    assertThat(before.negativesTaggedShare()).as("share of negatives given any topic, the 3,670 of before")
        .isLessThanOrEqualTo(NEGATIVES_TAGGED);
  }
}
