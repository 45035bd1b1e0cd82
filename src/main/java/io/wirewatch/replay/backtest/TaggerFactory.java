package io.wirewatch.replay.backtest;

import java.nio.file.Path;

/** Builds taggers from rule files, and the one for the rules bundled with Wirewatch. */
public interface TaggerFactory {
  /**
   * A tagger for a YAML rule set.
   *
   * @throws io.wirewatch.UserException when the file is missing or not a valid rule set
   */
  EventTagger fromFile(Path rules);

  /** A tagger for the rules bundled in the jar (what live enrichment uses by default). */
  EventTagger bundled();
}
