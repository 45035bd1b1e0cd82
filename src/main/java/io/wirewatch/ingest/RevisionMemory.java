package io.wirewatch.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What has been posted so far: article id → (latest revision, its content hash). Decides whether a
 * parsed article is new, a new revision of a known one, or unchanged. Thread-safe.
 *
 * <p>Within one process the map is the memory. Across processes and machines it is rebuilt at
 * start from the compacted topic {@code news.ingest.seen} (see {@link SeenLog}), where the
 * producer records each acknowledged revision as key = article id, value = {@link Entry#encode()}.
 * Feed items use the same memory: a feed item's key (its guid, else its canonical link) IS its
 * article id, so one topic serves files, feeds and HTTP alike. Reading the memory back from
 * {@code news.articles.raw} instead would mean scanning every article body ever posted; the
 * compacted topic holds one small record per id.
 *
 * <p>Two ingest processes that see a changed article at the same moment may both post it as the
 * same next revision; downstream, (id, revision, contentHash) identifies a revision, so that
 * duplicate is harmless.
 */
public final class RevisionMemory {
  /** The latest posted revision of one article. */
  public record Entry(int revision, String contentHash) {
    /** The value stored in news.ingest.seen: {@code <revision>:<contentHash>}. */
    public String encode() {
      return revision + ":" + contentHash;
    }

    /** The inverse of {@link #encode()}, or null for a value this version cannot read. */
    public static Entry decode(String value) {
      if (value == null) {
        return null;
      }
      int colon = value.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      try {
        return new Entry(Integer.parseInt(value.substring(0, colon)), value.substring(colon + 1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** The outcome of {@link #decide}. */
  public enum Kind { NEW, CHANGED, UNCHANGED }

  /**
   * @param previous the entry before this decision (null when NEW)
   * @param current the entry after it (the revision to post, or the unchanged one)
   */
  public record Decision(Kind kind, Entry previous, Entry current) {
    public int revision() {
      return current.revision();
    }
  }

  private final Map<String, Entry> latest = new ConcurrentHashMap<>();

  /**
   * Records {@code contentHash} as the latest content of {@code id} unless it already is, and says
   * which revision that makes. Atomic per id.
   */
  public Decision decide(String id, String contentHash) {
    Decision[] out = new Decision[1];
    latest.compute(id, (k, prev) -> {
      if (prev == null) {
        Entry e = new Entry(1, contentHash);
        out[0] = new Decision(Kind.NEW, null, e);
        return e;
      }
      if (prev.contentHash().equals(contentHash)) {
        out[0] = new Decision(Kind.UNCHANGED, prev, prev);
        return prev;
      }
      Entry e = new Entry(prev.revision() + 1, contentHash);
      out[0] = new Decision(Kind.CHANGED, prev, e);
      return e;
    });
    return out[0];
  }

  /**
   * Undoes a decision whose revision could not be posted, so that the same content is tried
   * again next time, unless a later decision has already replaced it.
   */
  public void undo(String id, Decision d) {
    if (d.kind() == Kind.UNCHANGED) {
      return;
    }
    latest.compute(id, (k, cur) -> cur != null && cur.equals(d.current()) ? d.previous() : cur);
  }

  /** Loads one remembered entry (from news.ingest.seen), keeping the highest revision. */
  public void remember(String id, Entry e) {
    latest.merge(id, e, (a, b) -> b.revision() >= a.revision() ? b : a);
  }

  public void forget(String id) {
    latest.remove(id);
  }

  public Entry get(String id) {
    return latest.get(id);
  }

  public int size() {
    return latest.size();
  }
}
