package io.wirewatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.Text;
import io.wirewatch.ingest.parse.ArticleParser;
import io.wirewatch.ingest.parse.ParseSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * RSS 2.0 and Atom feeds (parsed by ROME, DOCTYPEs refused). Each entry becomes an article: guid /
 * Atom id → source id, link → url, title → headline, the longer of content and description (HTML
 * turned into clean text) → body, the feed's title → source. An entry without a title or text is
 * reported as {@code item N} and skipped. Thread-safe.
 */
public final class FeedParser implements ArticleParser {

  @Override
  public void parse(InputStream in, String origin, ParseSink sink) throws IOException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities, no entity expansion bombs
      feed = input.build(new XmlReader(in, true));
    } catch (FeedException | IllegalArgumentException e) {
      sink.problem("feed", "malformed feed", e.getMessage());
      return;
    }
    SourceFormat format = feed.getFeedType() != null
        && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom") ? SourceFormat.ATOM : SourceFormat.RSS;
    String source = Text.blankToNull(Text.inline(feed.getTitle()));
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      RawArticle a = RawArticle.builder()
          .sourceId(e.getUri())
          .url(e.getLink())
          .headline(e.getTitle() == null ? null : Text.inline(Text.htmlToText(e.getTitle())))
          .body(body(e))
          .source(source)
          .lang(feed.getLanguage())
          .published(instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()))
          .byline(e.getAuthor())
          .keywords(categories(e))
          .format(format)
          .origin(origin)
          .build();
      String problem = a.problem();
      if (problem == null) {
        sink.article(a);
      } else {
        sink.problem("item " + i + (a.sourceId() == null ? "" : " (" + a.sourceId() + ")"), problem, problem);
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

  private static java.time.Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
