package io.wirewatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.Text;
import io.wirewatch.ingest.parse.ArticleParser;
import io.wirewatch.ingest.parse.ParseSink;
import io.wirewatch.ingest.parse.SourceTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * RSS 2.0 and Atom feeds (parsed by ROME, DOCTYPEs refused). Each entry becomes an article: guid /
 * Atom id → source id, link → url, title → headline, the longer of content and description (HTML
 * turned into clean text) → body, the feed's title → source. An entry without a title or text is
 * reported as {@code item N} and skipped. The publication date (pubDate, dc:date, Atom published or
 * updated) is read from the feed's own text by {@link SourceTime}, as every input reads times: RSS's
 * RFC 822 with two-digit years and zone names, RFC 3339, a date alone; an entry whose date is in
 * none of those forms is reported and skipped. Thread-safe.
 */
public final class FeedParser implements ArticleParser {

  @Override
  public void parse(InputStream in, String origin, ParseSink sink) throws IOException {
    SyndFeed feed;
    List<String> rawDates;
    try {
      Document document = new DocumentInput().read(new XmlReader(in, true));
      rawDates = rawDates(document);
      feed = new SyndFeedInput().build(document);
    } catch (JDOMException | FeedException | IllegalArgumentException e) {
      sink.problem("feed", "malformed feed", e.getMessage());
      return;
    }
    SourceFormat format = feed.getFeedType() != null
        && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom") ? SourceFormat.ATOM : SourceFormat.RSS;
    String source = Text.blankToNull(Text.inline(feed.getTitle()));
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String where = "item " + i + (e.getUri() == null ? "" : " (" + e.getUri() + ")");
      SourceTime published;
      try {
        published = published(e, rawDates.size() == entries.size() ? rawDates.get(i) : null);
      } catch (SourceTime.UnreadableTime bad) {
        String problem = "publication date " + bad.getMessage();
        sink.problem(where, problem, problem);
        continue;
      }
      RawArticle a = RawArticle.builder()
          .sourceId(e.getUri())
          .url(e.getLink())
          .headline(e.getTitle() == null ? null : Text.inline(Text.htmlToText(e.getTitle())))
          .body(body(e))
          .source(source)
          .lang(feed.getLanguage())
          .published(published)
          .byline(e.getAuthor())
          .keywords(categories(e))
          .format(format)
          .origin(origin)
          .build();
      String problem = a.problem();
      if (problem == null) {
        sink.article(a);
      } else {
        sink.problem(where, problem, problem);
      }
    }
  }

  private static String body(SyndEntry e) {
    String best = null;
    List<SyndContent> all = new ArrayList<>(e.getContents());
    if (e.getDescription() != null) {
      all.add(e.getDescription());
    }
    for (SyndContent c : all) {
      String text = text(c);
      if (text != null && (best == null || text.length() > best.length())) {
        best = text;
      }
    }
    return best;
  }

  private static String text(SyndContent c) {
    if (c == null || c.getValue() == null) {
      return null;
    }
    String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
    // RSS descriptions are HTML by convention even without a type; Atom says "text" when it is not.
    return type.equals("text") || type.equals("text/plain")
        ? Text.paragraphs(c.getValue())
        : Text.htmlToText(c.getValue());
  }

  private static List<String> categories(SyndEntry e) {
    List<String> out = new ArrayList<>();
    for (SyndCategory c : e.getCategories()) {
      if (c.getName() != null && !c.getName().isBlank()) {
        out.add(Text.inline(c.getName()));
      }
    }
    return out;
  }

  /**
   * The entry's publication time as the feed wrote it, read by {@link SourceTime} like every other
   * input; ROME's own reading when the text could not be matched to the entry.
   */
  private static SourceTime published(SyndEntry e, String raw) {
    if (raw != null) {
      return SourceTime.parse(raw);
    }
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return d == null ? null : SourceTime.exact(d.toInstant());
  }

  // Per entry, the first of these elements with text: RSS 2.0 pubDate, Dublin Core date (RSS 1.0
  // and many RSS 2.0 feeds), Atom 1.0 published/updated, Atom 0.3 issued/modified.
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "date", "published", "issued", "updated", "modified");

  /**
   * The date text of every item (RSS) or entry (Atom), in document order, the order in which ROME
   * lists its entries; null for an entry without one.
   */
  private static List<String> rawDates(Document document) {
    Element root = document.getRootElement();
    List<Element> items = new ArrayList<>();
    switch (root.getName()) {
      case "rss" -> {
        for (Element channel : children(root, "channel")) {
          items.addAll(children(channel, "item"));
        }
      }
      case "RDF" -> items.addAll(children(root, "item"));
      case "feed" -> items.addAll(children(root, "entry"));
      default -> {
        return List.of();
      }
    }
    List<String> out = new ArrayList<>(items.size());
    for (Element item : items) {
      out.add(dateText(item));
    }
    return out;
  }

  private static String dateText(Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element child : parent.getChildren()) {
      if (child.getName().equals(name)) {
        out.add(child);
      }
    }
    return out;
  }

  /** ROME's XML reading (DOCTYPEs refused, the same healing of stray entities), kept as a document. */
  private static final class DocumentInput extends WireFeedInput {
    DocumentInput() {
      setAllowDoctypes(false); // no external entities, no entity expansion bombs
    }

    Document read(Reader reader) throws JDOMException, IOException {
      return createSAXBuilder().build(new XmlFixerReader(reader));
    }
  }
}
