package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisionMemoryTest {

  @Test
  void newChangedUnchanged() {
    RevisionMemory m = new RevisionMemory();
    assertThat(m.decide("a", "h1").kind()).isEqualTo(RevisionMemory.Kind.NEW);
    assertThat(m.decide("a", "h1").kind()).isEqualTo(RevisionMemory.Kind.UNCHANGED);
    RevisionMemory.Decision d = m.decide("a", "h2");
    assertThat(d.kind()).isEqualTo(RevisionMemory.Kind.CHANGED);
    assertThat(d.revision()).isEqualTo(2);
  }

  @Test
  void rememberedEntriesContinueTheRevisionCount() {
    RevisionMemory m = new RevisionMemory();
    m.remember("a", RevisionMemory.Entry.decode("3:h3"));
    m.remember("a", RevisionMemory.Entry.decode("2:h2")); // an older record read later loses
    assertThat(m.decide("a", "h3").kind()).isEqualTo(RevisionMemory.Kind.UNCHANGED);
    assertThat(m.decide("a", "h4").revision()).isEqualTo(4);
  }

  @Test
  void entryEncodingRoundTripsAndRejectsJunk() {
    RevisionMemory.Entry e = new RevisionMemory.Entry(12, "abc");
    assertThat(RevisionMemory.Entry.decode(e.encode())).isEqualTo(e);
    assertThat(RevisionMemory.Entry.decode("junk")).isNull();
    assertThat(RevisionMemory.Entry.decode("x:abc")).isNull();
    assertThat(RevisionMemory.Entry.decode(null)).isNull();
  }

  @Test
  void undoDoesNotOverwriteALaterDecision() {
    RevisionMemory m = new RevisionMemory();
    RevisionMemory.Decision first = m.decide("a", "h1");
    m.decide("a", "h2");
    m.undo("a", first);
    assertThat(m.get("a").revision()).isEqualTo(2);
  }
}
