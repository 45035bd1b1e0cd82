package io.wirewatch.enrich.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * English inflections of a word, generous on purpose: a form that is not a word costs
 * nothing, a missing one loses a match ("expel": expels, expelled, expelling).
 */
public final class Inflect {
  private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
      Map.entry("hold", new String[] {"held"}),
      Map.entry("meet", new String[] {"met"}),
      Map.entry("freeze", new String[] {"froze", "frozen"}),
      Map.entry("strike", new String[] {"struck", "stricken"}),
      Map.entry("break", new String[] {"broke", "broken"}),
      Map.entry("fall", new String[] {"fell", "fallen"}),
      Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
      Map.entry("lead", new String[] {"led"}),
      Map.entry("shoot", new String[] {"shot"}),
      Map.entry("fight", new String[] {"fought"}),
      Map.entry("seek", new String[] {"sought"}),
      Map.entry("give", new String[] {"gave", "given"}),
      Map.entry("take", new String[] {"took", "taken"}),
      Map.entry("send", new String[] {"sent"}),
      Map.entry("begin", new String[] {"began", "begun"}),
      Map.entry("win", new String[] {"won"}),
      Map.entry("throw", new String[] {"threw", "thrown"}),
      Map.entry("fly", new String[] {"flew", "flown"}),
      Map.entry("draw", new String[] {"drew", "drawn"}),
      Map.entry("bring", new String[] {"brought"}),
      Map.entry("keep", new String[] {"kept"}),
      Map.entry("speak", new String[] {"spoke", "spoken"}),
      Map.entry("sell", new String[] {"sold"}),
      Map.entry("sink", new String[] {"sank", "sunk"}),
      Map.entry("shut", new String[] {"shut"}),
      Map.entry("cut", new String[] {"cut"}),
      Map.entry("put", new String[] {"put"}),
      Map.entry("set", new String[] {"set"}),
      Map.entry("hit", new String[] {"hit"}),
      Map.entry("quit", new String[] {"quit"}),
      Map.entry("feel", new String[] {"felt"}),
      Map.entry("leave", new String[] {"left"}),
      Map.entry("build", new String[] {"built"}),
      Map.entry("mean", new String[] {"meant"}),
      Map.entry("deal", new String[] {"dealt"}),
      Map.entry("ink", new String[] {"inked"}),
      Map.entry("seize", new String[] {"seized"}),
      Map.entry("undertake", new String[] {"undertook", "undertaken"}),
      Map.entry("overturn", new String[] {"overturned"}),
      Map.entry("arise", new String[] {"arose", "arisen"}),
      Map.entry("forbid", new String[] {"forbade", "forbidden"}),
      Map.entry("shake", new String[] {"shook", "shaken"}),
      Map.entry("stand", new String[] {"stood"}),
      Map.entry("tell", new String[] {"told"}),
      Map.entry("say", new String[] {"said"}),
      Map.entry("pay", new String[] {"paid"}),
      Map.entry("lay", new String[] {"laid"}),
      Map.entry("come", new String[] {"came"}),
      Map.entry("go", new String[] {"went", "gone"}),
      Map.entry("run", new String[] {"ran"}),
      Map.entry("swear", new String[] {"swore", "sworn"}));

  private Inflect() {}

  /** The word and its plausible inflections (all lower case). */
  public static Set<String> forms(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
      return out;
    }
    String[] irr = IRREGULAR.get(w);
    if (irr != null) {
      for (String s : irr) {
        out.add(s);
      }
    }
    char last = w.charAt(w.length() - 1);
    boolean vowelBefore = w.length() >= 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
    if (w.endsWith("e")) {
      out.add(w + "s");
      out.add(w + "d");
      out.add(w.substring(0, w.length() - 1) + "ing");
    } else if (w.endsWith("y") && !vowelBefore) {
      String stem = w.substring(0, w.length() - 1);
      out.add(stem + "ies");
      out.add(stem + "ied");
      out.add(w + "ing");
    } else {
      if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")
          || w.endsWith("o")) {
        out.add(w + "es");
      }
      if (!w.endsWith("s")) {
        out.add(w + "s");
      }
      out.add(w + "ed");
      out.add(w + "ing");
      if (vowelBefore && "aeiouwxy".indexOf(last) < 0) {
        out.add(w + last + "ed");
        out.add(w + last + "ing");
      }
    }
    return out;
  }
}
