package io.wirewatch.web;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stand-in for the enrichment library in web tests: a handful of country names and one trigger
 * word per event topic, found by plain substring search. It fills the EnrichedArticle the way the
 * real enricher does (evidence offsets into the headline or body, the sentence and its offset, the
 * gazetteer entry or rule behind each tag), which is all the dashboard relies on.
 */
final class TestTagger implements Function<Article, EnrichedArticle> {
  private static final Map<String, String[]> COUNTRIES = new LinkedHashMap<>();
  private static final Map<String, String[]> TRIGGERS = new LinkedHashMap<>();

  static {
    COUNTRIES.put("North Korea", new String[] {"KP", "North Korea"});
    COUNTRIES.put("China", new String[] {"CN", "China"});
    COUNTRIES.put("Russia", new String[] {"RU", "Russia"});
    COUNTRIES.put("U.S.", new String[] {"US", "United States"});
    COUNTRIES.put("Sudan", new String[] {"SD", "Sudan"});
    COUNTRIES.put("Moldova", new String[] {"MD", "Moldova"});
    COUNTRIES.put("Iran", new String[] {"IR", "Iran"});
    // topic -> {trigger, required context word}
    TRIGGERS.put("sanctions-blocked", new String[] {"block", "sanctions"});
    TRIGGERS.put("ceasefire", new String[] {"truce", "truce"});
    TRIGGERS.put("diplomat-expelled", new String[] {"expels", "diplomat"});
    TRIGGERS.put("nuclear", new String[] {"inspectors", "IAEA"});
    TRIGGERS.put("missile-launch", new String[] {"missile", "missile"});
  }

  @Override
  public EnrichedArticle apply(Article a) {
    List<CountryTag> countries = new ArrayList<>();
    for (Map.Entry<String, String[]> c : COUNTRIES.entrySet()) {
      List<Evidence> ev = new ArrayList<>();
      find(a.getHeadline(), TextField.HEADLINE, c.getKey(), "gazetteer:" + c.getValue()[0] + "/name:" + c.getKey(), ev);
      find(a.getBody(), TextField.BODY, c.getKey(), "gazetteer:" + c.getValue()[0] + "/name:" + c.getKey(), ev);
      if (!ev.isEmpty()) {
        boolean primary = ev.get(0).getField() == TextField.HEADLINE;
        countries.add(CountryTag.newBuilder().setCode(c.getValue()[0]).setName(c.getValue()[1])
            .setMentions(ev.size()).setSalience(primary ? 0.9 : 0.3).setPrimary(primary).setEvidence(ev).build());
      }
    }
    List<EventMatch> events = new ArrayList<>();
    String body = a.getBody();
    for (Map.Entry<String, String[]> t : TRIGGERS.entrySet()) {
      int at = body.indexOf(t.getValue()[0]);
      if (at < 0) {
        continue;
      }
      int start = 0;
      int end = body.length();
      for (int i = body.indexOf(". "); i >= 0; i = body.indexOf(". ", i + 1)) {
        if (!isSentenceEnd(body, i)) {
          continue; // "U.S. proposal": an abbreviation, not the end of a sentence
        }
        if (i < at) {
          start = i + 2;
        } else {
          end = i + 1;
          break;
        }
      }
      String sentence = body.substring(start, end);
      int ctx = sentence.indexOf(t.getValue()[1]);
      if (ctx < 0) {
        continue;
      }
      Evidence trigger = Evidence.newBuilder().setText(t.getValue()[0]).setField(TextField.BODY).setStart(at)
          .setEnd(at + t.getValue()[0].length()).setSource("rule:" + t.getKey() + "/trigger").build();
      List<Evidence> context = new ArrayList<>();
      if (!t.getValue()[1].equals(t.getValue()[0])) {
        context.add(Evidence.newBuilder().setText(t.getValue()[1]).setField(TextField.BODY).setStart(start + ctx)
            .setEnd(start + ctx + t.getValue()[1].length()).setSource("rule:" + t.getKey() + "/context").build());
      }
      events.add(EventMatch.newBuilder().setTopic(t.getKey()).setConfidence(0.85).setRuleId(t.getKey() + "/test-rule")
          .setSentence(sentence).setSentenceField(TextField.BODY).setSentenceStart(start).setTrigger(trigger)
          .setEvidence(context).build());
    }
    return EnrichedArticle.newBuilder().setId(a.getId()).setArticle(a).setCountries(countries).setEntities(List.of())
        .setEvents(events).setEnriched(Instant.now()).setRulesVersion("test").build();
  }

  /** A period ends a sentence when a lower-case letter or digit precedes it. */
  private static boolean isSentenceEnd(String text, int period) {
    return period > 0 && (Character.isLowerCase(text.charAt(period - 1)) || Character.isDigit(text.charAt(period - 1)));
  }

  private static void find(String text, TextField field, String word, String source, List<Evidence> into) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      into.add(Evidence.newBuilder().setText(word).setField(field).setStart(i).setEnd(i + word.length())
          .setSource(source).build());
    }
  }
}
